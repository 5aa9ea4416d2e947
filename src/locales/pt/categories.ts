// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Portuguese forms (Brazil and Portugal).
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tabaco, produtos de tabaco, produtos do tabaco, venda de tabaco, produtos fumígenos
cigarettes: cigarro, cigarros, cigarrilhas de papel, cigarros convencionais
e-cigarettes: cigarro eletrônico, cigarros eletrônicos, cigarro electrónico, cigarros electrónicos, cigarro eletrónico, cigarros eletrónicos, vape, vapes, vaper, vapers, dispositivos eletrônicos para fumar, DEFs, e-cigarros
disposable vapes: vapes descartáveis, vape descartável, cigarros eletrônicos descartáveis, cigarro eletrônico descartável, cigarros eletrónicos descartáveis, pods descartáveis, puffs
e-liquids: líquidos para cigarros eletrônicos, e-líquidos, essências para vape, líquidos de vape
flavoured e-cigarettes: cigarros eletrônicos com sabor, cigarros eletrônicos aromatizados, vapes com sabor, vapes aromatizados, cigarros eletrónicos aromatizados
menthol cigarettes: cigarros mentolados, cigarro mentolado, cigarros de mentol, cigarros com mentol, mentolados
flavoured tobacco: tabaco aromatizado, tabaco com sabor, tabacos aromatizados, produtos de tabaco aromatizados
flavoured cigarettes: cigarros aromatizados, cigarros com sabor, cigarro aromatizado, cigarros com aditivos de sabor, cigarros com aromas distintivos, cigarros com aroma distintivo
nicotine pouches: bolsas de nicotina, saquinhos de nicotina, sachês de nicotina, pouches de nicotina
heated tobacco products: tabaco aquecido, produtos de tabaco aquecido, cigarros de tabaco aquecido, dispositivos de tabaco aquecido
cigars: charutos, charuto, cigarrilhas, cigarrilha
snus: snus
shisha: narguilé, narguilés, narguile, narguiles, shisha, cachimbo de água, cachimbos de água, tabacarias de narguilé
chewing tobacco: tabaco de mascar, fumo de mascar, tabaco sem fumaça, tabaco sem fumo
rolling tobacco: tabaco de enrolar, tabaco para enrolar, tabaco de enrolar à mão
smoking: fumar, tabagismo, o fumo, consumo de tabaco
tobacco advertising: publicidade de tabaco, publicidade do tabaco, propaganda de cigarros, propaganda de tabaco, publicidade de cigarros
alcohol: álcool, bebidas alcoólicas, bebida alcoólica, venda de álcool, venda de bebidas alcoólicas, destilados
beer: cerveja, cervejas, venda de cerveja
alcohol advertising: publicidade de álcool, publicidade de bebidas alcoólicas, propaganda de bebidas alcoólicas, propaganda de álcool
energy drinks: bebidas energéticas, bebida energética, energy drinks
sugary drinks: bebidas açucaradas, refrigerantes, bebidas adoçadas, refrigerantes açucarados
cannabis: cannabis, maconha, marijuana, canábis, haxixe, liamba
kratom: kratom
khat: khat, qat
magic mushrooms: cogumelos alucinógenos, cogumelos mágicos, psilocibina
nitrous oxide: óxido nitroso, gás hilariante, gás do riso, lança-perfume
synthetic cannabinoids: canabinoides sintéticos, canabinóides sintéticos, maconha sintética
CBD: CBD, canabidiol, óleo de CBD, produtos com CBD
hemp flowers: flores de CBD, flores de cânhamo, flor de CBD
HHC: HHC, hexahidrocanabinol
poppers: poppers
foie gras: foie gras, fígado gordo
fur: peles, pele animal, comércio de peles, venda de peles, peles de animais
fur farming: criação de animais para peles, fazendas de peles, criação de animais para pele
mink farming: criação de visons, criação de visões, fazendas de visons
glyphosate: glifosato, Roundup
pesticides: agrotóxicos, agrotóxico, pesticidas, pesticida, defensivos agrícolas, fitossanitários, herbicidas, inseticidas
neonicotinoids: neonicotinoides, neonicotinóides, neonicotinoide, inseticidas neonicotinoides, pesticidas neonicotinoides
GMOs: transgênicos, transgênico, transgénicos, OGM, organismos geneticamente modificados, culturas transgênicas, milho transgênico, milho transgénico, milho geneticamente modificado, sementes transgênicas
palm oil: óleo de palma, azeite de dendê
trans fats: gorduras trans, gordura trans, ácidos graxos trans, ácidos gordos trans
lab-grown meat: carne cultivada, carne de laboratório, carne sintética, carne cultivada em laboratório, carne celular
junk food advertising: publicidade de junk food, publicidade de alimentos ultraprocessados, publicidade infantil de alimentos, publicidade de comida não saudável, publicidade de fast food
raw milk: leite cru, leite não pasteurizado
food dyes: corantes alimentares, corantes artificiais, corantes
titanium dioxide: dióxido de titânio, dióxido de titânio E171, E171
shark fins: barbatanas de tubarão, barbatana de tubarão, sopa de barbatana de tubarão
dog meat: carne de cachorro, carne de cão
cat meat: carne de gato
rhino horn: chifre de rinoceronte, chifres de rinoceronte
ivory: marfim, comércio de marfim
circus animals: animais em circos, circos com animais, animais selvagens em circos, animais de circo
trophy hunting: caça de troféus, troféus de caça, caça ao troféu
bullfighting: touradas, tourada, corridas de touros, tauromaquia, vaquejada, vaquejadas
live animal exports: exportação de animais vivos, exportações de animais vivos, exportação de gado vivo, transporte de animais vivos
battery cages: galinhas em gaiolas, gaiolas em bateria, criação em gaiolas, ovos de galinhas engaioladas
bottom trawling: pesca de arrasto, arrasto de fundo, redes de arrasto de fundo
whaling: caça às baleias, caça à baleia, caça comercial de baleias, baleação
animal testing: testes em animais, experimentação animal, testes de cosméticos em animais, experiências com animais
chewing gum: chiclete, chicletes, pastilhas elásticas, goma de mascar, pastilha elástica
exotic pets: animais exóticos, pets exóticos, animais silvestres como pets, animais de estimação exóticos
grain: cereais, grãos, exportações de grãos, exportação de grãos, exportações de cereais, exportação de cereais
rice: arroz, exportações de arroz, exportação de arroz
single-use plastics: plásticos de uso único, plástico de uso único, plásticos descartáveis, plástico descartável, produtos plásticos descartáveis, descartáveis de plástico, plásticos de utilização única
plastic bags: sacolas plásticas, sacola plástica, sacolas de plástico, sacos de plástico, saco de plástico, sacos plásticos, saquinhos plásticos, sacos leves
plastic straws: canudos de plástico, canudos plásticos, canudos, palhinhas, palhinhas de plástico, canudinhos
plastic cutlery: talheres de plástico, talheres descartáveis, talheres plásticos
plastic plates: pratos de plástico, pratos descartáveis, pratos plásticos
plastic stirrers: mexedores de plástico, mexedores, agitadores de bebidas, palhetas de plástico
plastic cotton buds: cotonetes, hastes flexíveis, cotonetes de plástico, cotonetes com haste de plástico
plastic balloon sticks: varetas para balões, hastes para balões, palitos de balão
plastic cups: copos de plástico, copos descartáveis, copos plásticos, copinhos descartáveis
plastic bottles: garrafas de plástico, garrafa de plástico, garrafas PET, garrafas plásticas
glass bottles: garrafas de vidro, garrafa de vidro, recipientes de vidro, vasilhames de vidro
plastic packaging: embalagens plásticas, embalagens de plástico, embalagem plástica, invólucros de plástico
expanded polystyrene food containers: isopor, poliestireno expandido, esferovite, embalagens de isopor, recipientes de poliestireno expandido, caixas de esferovite, marmitas de isopor
microbeads: microesferas, microesferas de plástico, microplásticos, micropérolas
oxo-degradable plastics: plásticos oxodegradáveis, plástico oxodegradável, plásticos oxi-biodegradáveis, plásticos oxo-degradáveis
oxo-degradable plastic bags: sacolas oxibiodegradáveis, sacolas oxodegradáveis, sacos oxodegradáveis
wet wipes: lenços umedecidos, toalhitas húmidas, lenços umedecidos descartáveis, toalhetes húmidos
sky lanterns: balões de São João, balões juninos, lanternas voadoras, lanternas chinesas, soltura de balões
coal: carvão, usinas a carvão, centrais a carvão, termelétricas a carvão, centrais termoelétricas a carvão, mineração de carvão
combustion engine cars: carros a combustão, veículos a combustão, motores a combustão, motor a combustão, carros movidos a gasolina, veículos com motor de combustão, carros com motor de combustão, carros a gasolina, carros a gasolina e diesel, carros a gasolina ou diesel, motor a gasolina ou diesel, motores a gasolina e diesel
diesel cars: carros a diesel, veículos a diesel, carros diesel, automóveis a diesel
gas boilers: caldeiras a gás, caldeira a gás, aquecimento a gás
oil boilers: caldeiras a gasóleo, caldeiras a óleo, aquecimento a gasóleo
incandescent light bulbs: lâmpadas incandescentes, lâmpada incandescente, lâmpadas de halogénio, lâmpadas halógenas, lâmpadas fluorescentes
patio heaters: aquecedores de esplanada, aquecedores externos, aquecedores de terraço
leaf blowers: sopradores de folhas, sopradores, sopradores de folhas a gasolina
wood stoves: fogões a lenha, lareiras, lareiras abertas, salamandras a lenha
PFAS: PFAS, químicos eternos, poluentes eternos, substâncias perfluoroalquiladas
asbestos: amianto, asbesto
fracking: fracking, fraturamento hidráulico, fratura hidráulica, fraturação hidráulica
deep-sea mining: mineração em águas profundas, mineração no fundo do mar, mineração oceânica, mineração em mar profundo
aircraft: aviões, aeronaves
private jets: jatos particulares, jatinhos, jatos privados, jato particular, aviões privados
short-haul flights: voos curtos, voos de curta distância, voos domésticos curtos, voos domésticos, voos internos, voos nacionais
cruise ships: navios de cruzeiro, cruzeiros, navio de cruzeiro, transatlânticos
SUVs: SUV, SUVs, utilitários esportivos
e-scooters: patinetes elétricos, patinete elétrico, trotinetes elétricas, trotinetes, patinetes
fossil fuel advertising: publicidade de combustíveis fósseis, publicidade dos combustíveis fósseis, propaganda de combustíveis fósseis
mobile phones: celulares, celular, telefones celulares, telefone celular, telemóveis, telemóvel, aparelhos celulares, telefones móveis, telefone móvel, telefones, smartphone, smartphones, telefones inteligentes
smartwatches: relógios inteligentes, relógio inteligente, smartwatches, smartwatch
laptops: notebooks, laptops, computadores portáteis, notebook, laptop
power banks: power banks, powerbanks, baterias externas, carregadores portáteis, bateria externa
social media: redes sociais, rede social, mídias sociais, plataformas de redes sociais
messaging apps: aplicativos de mensagens, apps de mensagens, aplicações de mensagens, serviços de mensagens, aplicativo de mensagens
video games: videogames, videogame, jogos eletrônicos, videojogos, jogos de vídeo, games
online games: jogos online, jogos on-line, jogo online, jogos em rede, videogames online, jogos eletrônicos online, jogos de vídeo online
online gambling: apostas online, apostas on-line, jogos de azar online, cassinos online, casinos online, bets, apostas em plataformas online, sites de apostas, sites de apostas ilegais, plataformas de apostas
gambling: jogos de azar, jogo de azar, cassinos, casinos, apostas, jogo do bicho
sports betting: apostas esportivas, apostas desportivas, aposta esportiva, casas de apostas, bets esportivas
slot machines: caça-níqueis, máquinas caça-níqueis, slot machines, máquinas de jogo, máquinas de fortuna e azar
loot boxes: caixas de recompensa, loot boxes, caixas de saque
cryptocurrencies: criptomoedas, criptomoeda, criptoativos, moedas virtuais, moedas digitais, bitcoin, cripto
crypto mining: mineração de criptomoedas, mineração de bitcoin, criptomineração, mineração de cripto
VPNs: VPN, VPNs, redes privadas virtuais, rede privada virtual
AI chatbots: chatbots, chatbot, inteligência artificial generativa, IA generativa, assistentes de IA, ferramentas de IA, aplicativos de IA, chatbots de IA
facial recognition: reconhecimento facial, tecnologia de reconhecimento facial, câmeras de reconhecimento facial
deepfakes: deepfakes, deepfake, vídeos falsos, montagens com IA, nudes falsos
spyware: spyware, software espião, programas espiões, softwares espiões
drones: drones, drone, voos de drones
telecom equipment: equipamentos de telecomunicações, equipamentos de rede, equipamentos de telecom, fornecedores de equipamentos de telecomunicações
5G equipment: equipamentos 5G, rede 5G, redes 5G, tecnologia 5G, infraestrutura 5G
surveillance cameras: câmeras de vigilância, câmaras de vigilância, câmeras de segurança, videovigilância, videomonitoramento
semiconductors: semicondutores, chips, microchips, chips avançados, chips de IA
mobile internet: acesso à internet móvel, acesso à Internet móvel, bloqueio da internet móvel, internet móvel, dados móveis, internet celular
internet: acesso à internet, apagão da internet, bloqueio da internet, serviços de internet, acesso à Internet
pornography: pornografia, pornô, porno, sites pornográficos, conteúdo pornográfico, sites de pornografia, conteúdo adulto
targeted advertising: publicidade direcionada, anúncios direcionados, publicidade personalizada, publicidade segmentada
social commerce: comércio social, social commerce
satellite dishes: antenas parabólicas, parabólicas, antena parabólica
connected cars: carros conectados, veículos conectados, carro conectado
routers: roteadores, routers, roteador, router
live streaming: transmissões ao vivo, transmissão ao vivo, lives, streaming ao vivo, livestreams
media outlets: meios de comunicação, veículos de comunicação, emissoras, canais de televisão, órgãos de comunicação social, sites de notícias, mídia estatal, veículos de imprensa, imprensa estrangeira
books: livros, livro, romances, livros didáticos, manuais escolares
music: música, músicas, canções, videoclipes
movies: filmes, filme, longas-metragens
TV series: séries de televisão, séries, novelas, telenovelas, séries de TV
newspapers: jornais, jornal, revistas
concerts: concertos, shows, festivais, festivais de música
LGBTQ content: propaganda LGBT, conteúdo LGBT, conteúdos LGBT, ideologia de gênero, propaganda gay, conteúdo LGBTQ
religious symbols: símbolos religiosos, sinais religiosos, vestuário religioso
face coverings: burca, burcas, burqa, niqab, nicabe, véu integral, véus integrais, ocultação do rosto, rosto coberto, ocultar o rosto, cobrir o rosto
abayas: abaya, abayas
headscarves: véu islâmico, hijab, lenço islâmico, véu
Nazi symbols: suástica, suásticas, símbolos nazistas, símbolos nazis, saudação nazista, cruz gamada
protests: protestos, manifestações, protesto, manifestação, atos públicos, passeatas
public gatherings: aglomerações, reuniões públicas, eventos públicos, grandes eventos
cinemas: cinemas, salas de cinema
Sunday trading: abertura do comércio aos domingos, comércio aos domingos
rainbow flags: bandeiras do arco-íris, bandeira do arco-íris, bandeiras LGBT, bandeira LGBT
short-term rentals: aluguel de temporada, aluguéis de curta duração, aluguel de curta duração, alojamento local, alojamentos locais, arrendamento de curta duração, aluguel por temporada
cash: dinheiro vivo, dinheiro em espécie, pagamentos em dinheiro, numerário, pagamentos em numerário, dinheiro em papel
surrogacy: barriga de aluguel, gestação de substituição, maternidade de substituição, barrigas de aluguer, barriga solidária
conversion therapy: terapias de conversão, terapia de conversão, cura gay, terapias de reversão
abortion: aborto, abortos, interrupção voluntária da gravidez, IVG, pílula abortiva
gender-affirming care: tratamentos de afirmação de gênero, bloqueadores de puberdade, cirurgias de redesignação sexual, transição de gênero, hormonização
child marriage: casamento infantil, casamentos infantis, casamento de menores, casamento precoce
female genital mutilation: mutilação genital feminina, mutilação genital, excisão feminina, MGF
corporal punishment: castigos físicos, castigo físico, punição corporal, palmadas, castigos corporais
begging: mendicidade, mendicância
prostitution: prostituição, trabalho sexual, casas de prostituição, compra de sexo
ride-hailing: transporte por aplicativo, aplicativos de transporte, motoristas de aplicativo, TVDE, mototáxi por aplicativo
private tutoring: aulas particulares, reforço escolar privado, centros de explicações
tanning beds: câmaras de bronzeamento, bronzeamento artificial, solários, camas de bronzeamento
skin-lightening products: produtos clareadores de pele, cremes clareadores, produtos de branqueamento da pele, cremes branqueadores
dangerous dog breeds: raças perigosas, cães perigosos, pitbulls, pit bulls, pitbull, cães potencialmente perigosos
XL bully dogs: XL bully, XL bullies, cães XL bully, American XL bully
billboards: outdoors, painéis publicitários, publicidade exterior, cartazes publicitários, Lei Cidade Limpa
short selling: vendas a descoberto, venda a descoberto, operações a descoberto
binary options: opções binárias
firearms: armas de fogo, arma de fogo, fuzis, espingardas, armas semiautomáticas
assault weapons: armas de assalto, fuzis de assalto, espingardas de assalto
handguns: pistolas, revólveres, armas curtas
ghost guns: armas fantasma, armas impressas em 3D, armas caseiras
knives: facas, facões, armas brancas, catanas, canivetes
weapons: armas
landmines: minas terrestres, minas antipessoal, minas antipessoais
cluster munitions: munições de fragmentação, bombas de fragmentação, munições cluster, bombas de dispersão
fireworks: fogos de artifício, rojões, bombinhas, pirotecnia, fogos com estampido, fogo-de-artifício, fogos-de-artifício, fogo de artifício, artefactos pirotécnicos, artefatos pirotécnicos, material pirotécnico, artigos pirotécnicos
pepper spray: spray de pimenta, gás de pimenta, spray de gás pimenta
ammunition: munições, munição
toy guns: armas de brinquedo, simulacros de armas, réplicas de armas, pistolas de brinquedo
laser pointers: apontadores laser, ponteiras laser, canetas laser
nuclear weapons: armas nucleares, arma nuclear, armas atômicas, bomba atômica, armas atómicas
chemical weapons: armas químicas
wheat: trigo, exportações de trigo, exportação de trigo
onions: cebolas, cebola
tomatoes: tomates, tomate
potatoes: batatas, batata
beef: carne bovina, carne de vaca, carne de boi
poultry: carne de frango, carne de aves, frango
pork: carne suína, carne de porco
sugar: exportações de açúcar
eggs: ovos
maize: milho
fertilisers: fertilizantes, adubos
sunflower oil: óleo de girassol
# hunting, fishing, harvesting and extraction
hunting: caça, caça esportiva, caça desportiva, atividade de caça, actividade cinegética, atividade cinegética, caçadas, caça amadora
wolf hunting: caça ao lobo, caça aos lobos, caça de lobos, abate de lobos
bear hunting: caça ao urso, caça aos ursos, caça de ursos
duck hunting: caça aos patos, caça ao pato, caça de patos, caça de aves aquáticas
seal hunting: caça às focas, caça à foca, caça de focas, produtos derivados de focas
fox hunting: caça à raposa, caça às raposas
fishing: pesca, pesca comercial, pesca industrial, atividade pesqueira, pesca profissional
eel fishing: pesca de enguia, pesca da enguia, pesca do meixão, meixão, pesca de enguias
cod fishing: pesca do bacalhau, pesca de bacalhau
sardine fishing: pesca da sardinha, pesca de sardinha, captura de sardinha
tuna fishing: pesca do atum, pesca de atum, pesca do atum-rabilho, pesca de atum-rabilho
shark fishing: pesca de tubarões, pesca de tubarão, pesca do tubarão, caça de tubarões
sea urchin fishing: apanha de ouriços, apanha do ouriço-do-mar, ouriços-do-mar, pesca de ouriços, pesca do ouriço-do-mar
driftnet fishing: redes de deriva, rede de deriva, pesca com redes de deriva, redes de emalhar de deriva
logging: extração de madeira, exploração madeireira, corte de árvores, abate de árvores, extracção de madeira, corte raso, extração ilegal de madeira
deforestation: desmatamento, desflorestação, desflorestamento, desmatamentos
mining: mineração, atividade mineira, exploração mineira, atividades mineiras
metal mining: mineração de metais, mineração metálica, extração de metais
gold mining: garimpo, garimpos, garimpo ilegal, mineração de ouro, extração de ouro, minas de ouro, mina de ouro, garimpagem
open-pit mining: mineração a céu aberto, minas a céu aberto, mina a céu aberto, exploração a céu aberto, lavra a céu aberto
sand mining: extração de areia, mineração de areia, dragagem de areia, extracção de areia
uranium mining: mineração de urânio, extração de urânio, minas de urânio, exploração de urânio, mina de urânio
oil drilling: perfuração de petróleo, exploração de petróleo, exploração petrolífera, perfuração petrolífera, extração de petróleo, exploração de petróleo e gás, novas licenças de petróleo e gás, exploração de hidrocarbonetos, prospeção de petróleo, prospeção de hidrocarbonetos
offshore drilling: perfuração offshore, perfuração em alto-mar, exploração offshore, perfurações no mar, exploração de petróleo no mar, exploração de petróleo offshore
peat: turfa, extração de turfa, substratos de turfa
# food and agriculture
apricot kernels: sementes de damasco, caroços de damasco, amêndoas de damasco, sementes de alperce
meat: carne, carnes, produtos cárneos, carne vermelha, carnes processadas, carne processada
meat advertising: publicidade de carne, publicidade à carne, anúncios de carne
dairy products: laticínios, lacticínios, produtos lácteos, leite em pó
seafood: frutos do mar, mariscos, pescado, produtos do mar, produtos da pesca, produtos pesqueiros, marisco, produtos aquáticos
honey: mel de abelha, importações de mel, exportações de mel
cocoa: cacau, amêndoas de cacau, sementes de cacau
fruit: frutas, fruta, frutas frescas, fruta fresca, importações de frutas
vegetables: legumes, hortaliças, verduras, hortícolas, legumes frescos
soybeans: soja, grãos de soja, farelo de soja, soja em grão
horse meat: carne de cavalo, carne equina
bushmeat: carne de animais selvagens, carne de animais silvestres, carne do mato
wildlife trade: comércio de animais silvestres, comércio de animais selvagens, comércio de fauna silvestre, comércio de vida selvagem, comércio de aves silvestres, consumo de animais selvagens, consumo de animais silvestres, mercados de animais selvagens
aspartame: aspartame, aspartamo, E951
artificial sweeteners: adoçantes, adoçantes artificiais, edulcorantes, edulcorantes artificiais, adoçante
food additives: aditivos alimentares, aditivos alimentícios, aditivos, aditivo alimentar
plant-based meat: carne vegetal, carnes vegetais, hambúrgueres vegetais, hambúrguer vegetal, hambúrgueres veganos, substitutos da carne, alternativas à carne, denominações de carne, salsichas vegetais
plant-based milk: leite vegetal, leites vegetais, bebidas vegetais, bebida vegetal, leite de aveia, leite de soja, leite de amêndoa, bebidas à base de plantas
antibiotics: antibióticos, antibiótico
growth hormones: hormônios de crescimento, hormonas de crescimento, carne com hormônios, carne com hormonas, hormônio de crescimento
chlorinated chicken: frango clorado, frangos clorados, frango lavado com cloro, frango com cloro
fast food: fast food, fast-food, redes de fast food, restaurantes de fast food
ultra-processed foods: ultraprocessados, alimentos ultraprocessados, produtos ultraprocessados, alimentos ultra-processados
junk food: junk food, comida não saudável, alimentos não saudáveis
nitrites: nitritos, nitrito, nitrito de sódio
# chemicals, medicines and substances
chlorpyrifos: clorpirifós, clorpirifos
paraquat: paraquat, paraquate
atrazine: atrazina
chlorothalonil: clorotalonil
lead ammunition: munição de chumbo, munições de chumbo, chumbo de caça, balas de chumbo
mercury: mercúrio, amálgama dentária, amálgama dental, termômetros de mercúrio, termómetros de mercúrio, produtos com mercúrio
bisphenol A: bisfenol A, BPA
bisphenols: bisfenóis
phthalates: ftalatos, ftalato
formaldehyde: formaldeído, formol
hydroquinone: hidroquinona
talc: talco, pó de talco, talco para bebês
heavy fuel oil: óleo combustível pesado, fuelóleo pesado
codeine: codeína, medicamentos com codeína
tramadol: tramadol
fentanyl: fentanil, fentanilo
ephedrine: efedrina, éfedra
melatonin: melatonina
ivermectin: ivermectina
hydroxychloroquine: hidroxicloroquina
opioids: opioides, opióides, opiáceos, opioide, analgésicos opioides
steroids: esteroides, esteróides, anabolizantes, esteroides anabolizantes, esteróides anabolizantes
cough syrups: xaropes para tosse, xarope para tosse, xaropes para a tosse, xarope para a tosse, xaropes contra a tosse
# transport, places and urban life
cars: carros, automóveis, veículos particulares, tráfego automóvel, carros particulares, circulação automóvel
trucks: caminhões, camiões, veículos pesados, carretas, veículos pesados de mercadorias, tráfego pesado
motorcycles: motos, motocicletas, motociclos, motas
motorcycle taxis: mototáxis, mototaxis, moto-táxis, mototáxi, moto-táxi
tuk-tuks: tuk-tuks, tuktuks, tuk tuks, tuk-tuk, riquixás
mopeds: ciclomotores, scooters, lambretas, motonetas, cinquentinhas, ciclomotor
e-bikes: bicicletas elétricas, bicicleta elétrica, bicicletas eléctricas, e-bikes, bikes elétricas
fat bikes: fat bikes, fatbikes, fat bike
jet skis: jet skis, jet-skis, motos aquáticas, motas de água, jet ski, moto aquática
horse-drawn carriages: charretes, charrete, carroças, carroça, veículos de tração animal, carruagens puxadas por cavalos, tração animal
night flights: voos noturnos, voos nocturnos, voo noturno
# Activities, not the people who sell: "vendedores ambulantes ficam proibidos de vender X" bars them from X.
street vending: comércio ambulante, venda ambulante, comércio de rua, venda de rua
nightclubs: boates, discotecas, casas noturnas, discoteca, boate, casas de diversão noturna
camping: campismo selvagem, campismo, acampar, campismo e caravanismo
barbecues: churrascos, churrasqueiras, churrasco, barbecues
campfires: fogueiras, fogueira, fogo ao ar livre, fogos ao ar livre, fazer fogueiras, acender fogueiras
bonfires: fogueiras de São João, fogueiras juninas, fogueiras dos santos populares, fogueiras de Santo António
stubble burning: queima de restolho, queima de palha, queimadas agrícolas, queima de resíduos agrícolas, queima da palha da cana
open burning: queimadas, queima de sobrantes, queima de resíduos, queima de lixo, queimas e queimadas
street prayers: orações na rua, rezas na rua, orações em via pública, rezar na rua
loudspeakers: alto-falantes, altifalantes, megafones, megafone, caixas de som, alto-falante, carros de som
public drinking: consumo de álcool na via pública, consumo de bebidas alcoólicas na via pública, beber na rua, consumo de álcool em via pública, consumo de bebidas alcoólicas em via pública, consumo de álcool em espaços públicos, consumo de álcool na rua
pride parades: paradas do orgulho, parada do orgulho, marchas do orgulho, marcha do orgulho, parada gay, paradas gays, parada LGBT, paradas LGBT
# goods and trade
second-hand clothes: roupas usadas, roupa usada, roupas em segunda mão, roupa em segunda mão, roupas de segunda mão, roupa de segunda mão, fardos de roupa
second-hand underwear: roupa interior usada, roupas íntimas usadas, roupa íntima usada, roupa interior em segunda mão
used cars: carros usados, veículos usados, automóveis usados, carros em segunda mão
used tyres: pneus usados, pneus velhos
e-waste: lixo eletrônico, resíduos eletrônicos, lixo eletrónico, resíduos eletrónicos, resíduos de equipamentos elétricos e eletrônicos, sucata eletrônica, REEE
plastic waste: resíduos plásticos, lixo plástico, resíduos de plástico, lixo de plástico
scrap metal: sucata, sucata metálica, sucata de ferro, sucata ferrosa, exportação de sucata, exportações de sucata
timber: madeira em tora, exportação de madeira, exportações de madeira, madeira ilegal, toras de madeira, madeira tropical, toras
rare earths: terras raras
gallium: gálio
germanium: germânio
antimony: antimônio, antimónio
graphite: grafita, grafite natural, grafite sintética
diamonds: diamantes, diamantes brutos, diamantes russos, diamantes de sangue
textiles: têxteis, produtos têxteis
luxury goods: bens de luxo, artigos de luxo, produtos de luxo
arms exports: exportações de armas, exportação de armas, vendas de armas, envio de armas, fornecimento de armas, exportação de armamento, transferências de armas, envios de armas
dual-use goods: bens de dupla utilização, bens de uso duplo, produtos de uso duplo, bens de duplo uso, tecnologias de dupla utilização
uranium: urânio, urânio enriquecido, urânio russo
oil: petróleo, petróleo bruto, importações de petróleo, derivados de petróleo, petróleo cru, produtos petrolíferos
natural gas: gás natural, gás russo, gás natural liquefeito, GNL russo, importações de gás
vaccines: vacinas, vacina
vaccine mandates: vacinação obrigatória, obrigatoriedade da vacina, obrigatoriedade da vacinação, vacina obrigatória
# animals and plants
invasive species: espécies invasoras, espécies exóticas invasoras, espécie invasora, plantas invasoras
pangolins: pangolins, pangolim, escamas de pangolim
dog fighting: rinhas de cães, rinha de cães, brigas de cães, lutas de cães, rinhas de cachorros
cockfighting: rinhas de galo, rinha de galo, brigas de galo, lutas de galos, rinhas de galos, briga de galo
pigeon feeding: alimentar pombos, alimentar os pombos, alimentação de pombos, dar comida aos pombos
cherry laurel: louro-cerejo
greyhound racing: corridas de galgos, corrida de galgos
dolphinariums: delfinários, delfinário, espetáculos com golfinhos, golfinhos em cativeiro, espectáculos com golfinhos
ritual slaughter: abate ritual, abate sem atordoamento, abate halal, abate kosher
# society, media and education
gender-neutral language: linguagem neutra, linguagem inclusiva, linguagem não binária, linguagem neutra de gênero
flags: bandeiras, bandeiras palestinas, bandeiras palestinianas, bandeiras estrangeiras
communist symbols: símbolos comunistas, símbolos soviéticos, foice e martelo
burkinis: burquínis, burkinis, burkini, burquíni
political advertising: publicidade política, anúncios políticos, propaganda política, publicidade eleitoral
foreign funding: financiamento estrangeiro, fundos estrangeiros, doações estrangeiras, financiamento do exterior, financiamento vindo do estrangeiro
NGOs: organizações não governamentais, organizações não-governamentais, ONGs, ONGs estrangeiras, organização não governamental
religious groups: seitas, grupos religiosos, organizações religiosas, seitas religiosas
homeschooling: educação domiciliar, ensino domiciliar, homeschooling, ensino doméstico, ensino em casa
sex education: educação sexual, educação para a sexualidade
critical race theory: teoria crítica da raça, teoria racial crítica
DEI programmes: programas de diversidade, programas DEI, políticas de diversidade, iniciativas de diversidade, políticas DEI
drag shows: shows de drag, espetáculos drag, apresentações de drag queens, shows drag, espetáculos de drag
same-sex marriage: casamento homoafetivo, casamento homossexual, casamento entre pessoas do mesmo sexo, casamento igualitário, casamento gay, casamentos homoafetivos, união homoafetiva
polygamy: poligamia
cousin marriage: casamento entre primos, casamentos entre primos
# digital and finance
e-commerce platforms: plataformas de comércio eletrônico, plataformas de comércio eletrónico, plataformas de e-commerce, plataformas de compras online, marketplaces online
crypto ATMs: caixas eletrônicos de criptomoedas, caixas de bitcoin, ATMs de criptomoedas, caixas automáticos de criptomoedas, caixas eletrônicos de bitcoin, ATMs de bitcoin
stablecoins: stablecoins, stablecoin, moedas estáveis
NFTs: NFTs, tokens não fungíveis, os NFT
buy now pay later: compre agora pague depois, compre agora e pague depois, BNPL
dating apps: aplicativos de namoro, apps de namoro, aplicações de encontros, aplicativo de namoro, apps de encontros, sites de namoro
# health and body
cosmetic surgery: cirurgia plástica, cirurgias plásticas, cirurgia estética, cirurgias estéticas, procedimentos estéticos, botox, harmonização facial, tratamentos estéticos
tattoos: tatuagens, tatuagem, tintas de tatuagem
piercings: piercings
assisted dying: eutanásia, suicídio assistido, morte assistida, morte medicamente assistida
# energy and environment
nuclear power: energia nuclear, usinas nucleares, centrais nucleares, usina nuclear, central nuclear, reatores nucleares, reactores nucleares, energia atômica, energia atómica
wind turbines: turbinas eólicas, parques eólicos, parque eólico, aerogeradores, energia eólica, usinas eólicas
solar panels: painéis solares, usinas solares, parques solares, painéis fotovoltaicos, energia solar, centrais solares, fazendas solares, centrais fotovoltaicas, placas solares
gas stoves: fogões a gás, fogão a gás
gravel gardens: jardins de cascalho, jardins de pedra, jardins de brita
artificial turf: relva sintética, grama sintética, relvado sintético, gramado sintético, relvados sintéticos, gramados sintéticos, relva artificial, grama artificial
glitter: purpurina, purpurinas, glitter
balloons: balões de festa, balões de hélio, largada de balões, balões de látex, lançamento de balões
confetti: confetes, confetti, confettis, confétis
lawn watering: rega de jardins, regar jardins, rega de relvados, regar o jardim, irrigação de jardins, rega de espaços verdes, regar gramados, irrigação de gramados, uso de mangueiras
swimming pool filling: enchimento de piscinas, encher piscinas, encher as piscinas, enchimento das piscinas
car washing: lavagem de carros, lavar carros, lavagem de veículos, lavar o carro, lavagem de automóveis
irrigation: irrigação, irrigação agrícola, rega agrícola
# housing and weapons
evictions: despejos, ações de despejo, ordens de despejo, despejos forçados
stun guns: armas de choque, tasers, taser, armas de eletrochoque, pistolas de choque
gambling advertising: publicidade de apostas, publicidade de jogos de azar, publicidade das bets, propaganda de apostas, publicidade de casas de apostas, publicidade das apostas
crypto exchanges: corretoras de criptomoedas, exchanges de criptomoedas
away fans: adeptos visitantes, torcida visitante, torcedores visitantes, adeptos adversários
fossil fuel heating: aquecimento a combustíveis fósseis, aquecimento fóssil, caldeiras a combustíveis fósseis, sistemas de aquecimento fóssil
open fireplaces: lareiras de fogo aberto, lareira de fogo aberto, fogo de lareira
air conditioning: ar condicionado, ar-condicionado, aparelhos de ar condicionado, aparelhos de ar-condicionado, condicionadores de ar, climatização
shop window lighting: montras iluminadas, vitrines iluminadas, iluminação de montras, iluminação das montras, iluminação de vitrines, iluminação das vitrines
outdoor lighting: iluminação exterior, iluminação externa, iluminação de fachadas, iluminação de monumentos, letreiros luminosos, publicidade luminosa, reclames luminosos, anúncios luminosos
electric cars: carros elétricos, carro elétrico, veículos elétricos, veículo elétrico, automóveis elétricos, carros eléctricos, veículos eléctricos
old vehicles: veículos velhos, carros velhos, veículos mais antigos, carros mais antigos, veículos antigos
tour buses: ônibus de turismo, ônibus turísticos, ônibus de excursão, autocarros de turismo, autocarros turísticos, autocarro de turismo
golf carts: carrinhos de golfe, carrinho de golfe, carros de golfe
quad bikes: quadriciclos, quadriciclo, moto-quatro, motos 4, moto 4
snowmobiles: motos de neve, moto de neve, snowmobiles
hoverboards: hoverboards, hoverboard
motorboats: barcos a motor, barco a motor, lanchas, embarcações motorizadas, embarcações a motor, lanchas rápidas, motores de popa
helicopters: helicópteros, helicóptero, voos de helicóptero
paragliders: parapentes, parapente, paramotores, paramotor
hot-air balloons: balões de ar quente, balão de ar quente, passeios de balão, voos de balão
microlight aircraft: ultraleves, ultraleve, aviões ultraleves, aeronaves ultraleves
kites: pipas, soltar pipas, soltar pipa, papagaios de papel, pandorgas, cerol, linha chilena
lawn mowers: cortadores de relva, corta-relvas, cortadores de grama, cortador de grama, cortador de relva
swimming: nadar, natação, banhos de mar, banho de mar, banhos no rio
off-road driving: condução fora de estrada, circulação fora de estrada, todo-o-terreno, veículos todo-o-terreno, off-road
data centres: centros de dados, centro de dados, data centers, datacenters, centros de processamento de dados
golf courses: campos de golfe, campo de golfe
snow cannons: canhões de neve, canhão de neve, neve artificial
disposable nappies: fraldas descartáveis, fralda descartável, fraldas
takeaway containers: embalagens de take-away, embalagens de take away, embalagens para viagem, embalagens para levar, embalagens de comida para levar, recipientes de take-away, marmitas descartáveis
plastic sachets: saquetas de plástico, sachês de plástico, saquinhos de água, sachês, saquetas
cigarette filters: filtros de cigarro, filtros de cigarros, filtro de cigarro, bitucas, bitucas de cigarro, beatas de cigarro, pontas de cigarro
polystyrene: poliestireno, produtos de isopor, produtos de poliestireno, embalagens de esferovite
microplastics: micropartículas de plástico, micropartículas plásticas, microplásticos adicionados intencionalmente, micropartículas de polímeros sintéticos
charcoal: carvão vegetal, carvão de lenha, produção de carvão vegetal
kerosene: querosene
diesel generators: geradores a diesel, gerador a diesel, geradores diesel, grupos geradores, geradores a gasóleo
gas flaring: queima de gás, queima de gás em tocha, queima rotineira de gás, flaring
potassium bromate: bromato de potássio, E924
brominated vegetable oil: óleo vegetal bromado, óleos vegetais bromados
propylparaben: propilparabeno, propilparabenos, E216
oxybenzone: oxibenzona, benzofenona-3
chemical sunscreens: protetores solares químicos, protetor solar químico, protectores solares químicos, protector solar químico, filtros solares químicos, filtros UV químicos
water fluoridation: fluoretação da água, fluoretação da água potável, fluoretação, fluoração da água, água fluoretada, flúor na água, flúor na água potável
lead paint: tinta com chumbo, tintas com chumbo, tinta à base de chumbo, tintas à base de chumbo, chumbo em tintas, chumbo nas tintas, tintas que contêm chumbo
cadmium: cádmio
PVC: PVC, policloreto de vinila, policloreto de vinilo, cloreto de polivinila, cloreto de polivinilo, embalagens de PVC
nitrates: nitratos, nitrato, nitrato de sódio, nitrato de potássio
baby walkers: andadores para bebês, andador para bebês, andadores para bebés, andador para bebés, andadores infantis, andador infantil, andadores de bebê, andador de bebê
infant formula advertising: publicidade de fórmulas infantis, publicidade de fórmula infantil, publicidade de leite em pó infantil, publicidade de leites infantis, propaganda de fórmulas infantis, propaganda de leite infantil, publicidade de substitutos do leite materno, promoção de substitutos do leite materno, promoção dos substitutos do leite materno, marketing de substitutos do leite materno, comercialização de substitutos do leite materno
weight-loss drugs: medicamentos para emagrecer, medicamento para emagrecer, remédios para emagrecer, remédio para emagrecer, medicamentos contra a obesidade, canetas emagrecedoras, caneta emagrecedora, injeções para emagrecer, Ozempic, Wegovy, semaglutida, tirzepatida, Mounjaro, sibutramina
diet pills: pílulas para emagrecer, pílula para emagrecer, comprimidos para emagrecer, cápsulas para emagrecer, produtos para emagrecer, produtos emagrecedores, inibidores de apetite, inibidores do apetite, anorexígenos, queimadores de gordura
ketamine: cetamina, quetamina, ketamina
psychedelics: psicodélicos, drogas psicodélicas, substâncias psicodélicas, alucinógenos, drogas alucinógenas, substâncias alucinógenas, LSD, DMT, ayahuasca, mescalina, peiote, ibogaína
xylazine: xilazina
nitazenes: nitazenos, nitazeno, isotonitazeno, protonitazeno, metonitazeno
delta-8 THC: delta-8 THC, delta-8-THC, delta-8, delta-8-tetrahidrocanabinol
betel nut: noz de bétele, nozes de bétele, noz de betel, nozes de betel, noz-de-areca, noz de areca, nozes de areca, bétele, betel
contraceptives: contraceptivos, contraceptivo, anticoncepcionais, anticoncepcional, contracepção, anticoncepção, métodos contraceptivos, métodos anticoncepcionais, pílula anticoncepcional, pílulas anticoncepcionais, pílula do dia seguinte, contracepção de emergência, preservativos, camisinhas, DIU
cosmetic fillers: preenchedores dérmicos, preenchimento labial, preenchimentos labiais, preenchimento facial, preenchimentos faciais, preenchimento com ácido hialurônico, preenchimento com ácido hialurónico, injeções de ácido hialurônico, injeções de ácido hialurónico, fillers
hair relaxers: alisantes, alisante, alisantes capilares, produtos alisantes, alisamento químico, alisamentos químicos, produtos para alisamento, produtos de alisamento, escova progressiva, escovas progressivas, relaxamento capilar
edible insects: insetos comestíveis, insectos comestíveis, farinha de insetos, farinha de insectos, farinha de grilo, farinha de grilos, proteína de insetos, alimentos à base de insetos, produtos à base de insetos, insetos como alimento, larvas-da-farinha, bichos-da-farinha
spirits: bebidas destiladas, aguardente, aguardentes, cachaça, bebidas espirituosas, bebidas de alto teor alcoólico, vodca, vodka, uísque, whisky, gim, rum
wine: vinho, vinhos, venda de vinho, venda de vinhos, importações de vinho
moonshine: cachaça clandestina, aguardente clandestina, álcool adulterado, bebidas alcoólicas adulteradas, bebidas adulteradas, bebidas adulteradas com metanol, álcool ilegal, aguardente caseira, bebida clandestina, bebidas clandestinas
button batteries: baterias de botão, bateria de botão, pilhas de botão, pilha de botão, pilhas-botão, baterias tipo moeda, baterias-moeda
magnetic toys: brinquedos magnéticos, brinquedo magnético, brinquedos com ímãs, brinquedos com ímanes, bolinhas magnéticas, esferas magnéticas, ímãs de alta potência, ímanes de alta potência, ímãs de neodímio, ímanes de neodímio
water beads: bolinhas de hidrogel, esferas de hidrogel, pérolas de água, pérolas de hidrogel, bolinhas de água, bolinhas que crescem na água, Orbeez
lithium batteries: baterias de lítio, bateria de lítio, baterias de íon-lítio, baterias de íons de lítio, baterias de iões de lítio, bateria de íon-lítio, pilhas de lítio
counterfeit goods: produtos falsificados, mercadorias falsificadas, artigos falsificados, falsificações, produtos contrafeitos, contrafações, contrafacções, produtos piratas, produtos pirateados, mercadorias piratas
counterfeit medicines: medicamentos falsificados, medicamento falsificado, remédios falsificados, medicamentos falsos, remédios falsos, medicamentos contrafeitos
dietary supplements: suplementos alimentares, suplemento alimentar, suplementos alimentícios, suplemento alimentício, suplementos dietéticos, complementos alimentares, suplementos nutricionais
painkillers: analgésicos, analgésico, remédios para dor, remédios para a dor, medicamentos para a dor, paracetamol, ibuprofeno, dipirona
homeopathy: homeopatia, medicamentos homeopáticos, produtos homeopáticos, remédios homeopáticos
cosmetics: cosméticos, produtos cosméticos, produto cosmético, produtos de beleza
sweets: guloseimas, rebuçados, confeitos, produtos de confeitaria, pirulitos, chupa-chupas
tablets: tablets, tablet, iPads, iPad
smart glasses: óculos inteligentes, óculos com câmera, óculos com câmara, óculos de realidade aumentada, óculos com inteligência artificial, óculos Ray-Ban Meta, smart glasses
AI-generated content: conteúdo gerado por IA, conteúdos gerados por IA, conteúdo gerado por inteligência artificial, conteúdos gerados por inteligência artificial, imagens geradas por IA, vídeos gerados por IA, conteúdo criado por IA, imagens criadas com IA
end-to-end encryption: criptografia de ponta a ponta, encriptação de ponta a ponta, cifragem de ponta a ponta, E2EE
SIM cards: cartões SIM, cartão SIM, chips de celular, chip de celular, chips de telemóvel, chips pré-pagos, eSIM
satellite internet: internet via satélite, internet por satélite, internet satelital, antenas da Starlink, antenas Starlink, terminais Starlink, Starlink
online advertising: publicidade online, publicidade on-line, publicidade digital, publicidade na internet, anúncios online, anúncios na internet
influencer marketing: marketing de influência, marketing de influenciadores, publicidade de influenciadores, publicidade por influenciadores, publicidade feita por influenciadores, publicações patrocinadas, posts patrocinados
crypto advertising: publicidade de criptomoedas, publicidade das criptomoedas, publicidade de criptoativos, anúncios de criptomoedas, publicidade cripto, propaganda de criptomoedas
crypto payments: pagamentos em criptomoedas, pagamento em criptomoedas, pagamentos com criptomoedas, pagamentos em criptoativos, pagamentos em bitcoin, pagamentos com cripto, pagamentos em cripto
lotteries: loterias, loteria, lotarias, lotaria, bilhetes de loteria, rifas
betting shops: lojas de apostas, agências de apostas, salas de apostas, bookmakers
payday loans: empréstimos rápidos, empréstimo rápido, créditos rápidos, minicréditos, empréstimos payday
foreign currency: moeda estrangeira, moedas estrangeiras, divisas estrangeiras, pagamentos em moeda estrangeira
podcasts: podcasts, podcast
foreign journalists: jornalistas estrangeiros, jornalista estrangeiro, repórteres estrangeiros, correspondentes estrangeiros
comics: histórias em quadrinhos, quadrinhos, HQs, banda desenhada, bandas desenhadas, gibis, mangás, romances gráficos, graphic novels
anime: anime, animes, animação japonesa, desenhos animados japoneses
foreign films: filmes estrangeiros, filme estrangeiro, cinema estrangeiro
rap music: rap, música rap, hip-hop, hip hop
drill music: música drill, drill rap, rap drill, drill britânico
raves: raves, rave, festas rave
strikes: greves, greve, direito de greve, direito à greve
political parties: partidos políticos, partido político
opposition parties: partidos de oposição, partido de oposição, partidos da oposição, partido da oposição, partidos oposicionistas
trade unions: sindicatos, sindicato, centrais sindicais, organizações sindicais
missionaries: missionários, missionário, proselitismo, atividades missionárias, atividade missionária
miniskirts: minissaias, minissaia, mini-saias, saias curtas
make-up: maquiagem, maquilhagem, batom, batons, esmalte de unhas
robocalls: chamadas automáticas, ligações automáticas, chamadas automatizadas, ligações automatizadas, ligações robóticas, chamadas pré-gravadas, robocalls
telemarketing: telemarketing, ligações de telemarketing, chamadas de telemarketing, marketing telefônico, marketing telefónico, chamadas comerciais não solicitadas, ligações indesejadas
junk fees: taxas ocultas, tarifas ocultas, cobranças ocultas, taxas escondidas, custos ocultos
surge pricing: preço dinâmico, preços dinâmicos, tarifa dinâmica, tarifas dinâmicas, precificação dinâmica
non-compete clauses: cláusulas de não concorrência, cláusula de não concorrência, acordos de não concorrência, pactos de não concorrência, cláusulas de não competição, cláusula de não competição
child labour: trabalho infantil, mão de obra infantil, mão-de-obra infantil
unpaid internships: estágios não remunerados, estágio não remunerado
dogs: cães, cão, cachorros, cachorro, cães de estimação, cães de rua
cats: gatos, gatos domésticos, gatos de estimação, gatos de rua
cattle: gado, gado bovino, bovinos, vacas, bois
glue traps: armadilhas de cola, armadilha de cola, armadilhas adesivas, ratoeiras de cola
snares: armadilhas de laço, laços de caça, laços de arame
leghold traps: armadilhas de mandíbulas, armadilhas de mandíbula, armadilhas de pata, armadilhas de aço
fish farming: aquicultura, aquacultura, piscicultura, pisciculturas, criação de peixes, fazendas de peixes
salmon farming: criação de salmão, salmonicultura, fazendas de salmão, salmão de cativeiro, salmão de viveiro
octopus farming: criação de polvos, fazendas de polvos, fazenda de polvos, aquicultura de polvo, polvos de cativeiro
krill fishing: pesca de krill, pesca do krill
lobster fishing: pesca da lagosta, pesca de lagosta, captura de lagosta
shellfish harvesting: apanha de marisco, apanha de mariscos, apanha de bivalves, captura de bivalves, apanha de moluscos, mariscagem
rodeos: rodeios, rodeio, provas de rodeio, festas de peão, peões de rodeio
elephant rides: passeios de elefante, passeio de elefante, passeios em elefantes, passeios no dorso de elefantes, montar elefantes
puppy sales: venda de filhotes, venda de filhotes de cães, venda de cachorrinhos, comércio de filhotes, fábricas de filhotes
pet shops: pet shops, pet shop, petshops, lojas de animais, loja de animais, lojas de animais de estimação
crossbows: arcos e bestas, bestas de caça, besta de caça
swords: espadas, sabres, katanas
air guns: armas de pressão, espingardas de pressão, carabinas de pressão, armas de ar comprimido, pistolas de ar comprimido
high-capacity magazines: carregadores de alta capacidade, carregadores de grande capacidade, pentes de alta capacidade
explosives: explosivos, materiais explosivos, substâncias explosivas, dinamite
tear gas: gás lacrimogêneo, gás lacrimogéneo, gases lacrimogêneos, gases lacrimogéneos, bombas de gás lacrimogêneo, granadas de gás lacrimogéneo
rubber bullets: balas de borracha, bala de borracha, munição de borracha, munições de borracha
white phosphorus: fósforo branco, bombas de fósforo branco
flares: sinalizadores, sinalizador, tochas pirotécnicas, very-lights, very lights
steel: aço, produtos siderúrgicos, importações de aço, exportações de aço, aço russo
aluminium: alumínio, alumínio russo
copper: o cobre, do cobre, concentrado de cobre, minério de cobre, exportações de cobre
nickel: níquel, minério de níquel
bauxite: bauxita
lithium: lítio
cobalt: cobalto
tungsten: tungstênio, tungsténio, volfrâmio
love locks: cadeados do amor, cadeados de amor, cadeado do amor
key boxes: caixas de chaves, cofres de chaves, caixas para chaves, cofres para chaves, key boxes
wheeled suitcases: malas de rodinhas, malas com rodinhas, mala de rodinhas, malas com rodas
street performers: artistas de rua, artista de rua, músicos de rua, espetáculos de rua, estátuas vivas
rough sleeping: dormir na rua, dormir nas ruas, dormir na via pública, dormir em via pública, pernoitar na via pública
homeless encampments: acampamentos de sem-abrigo, acampamentos de moradores de rua, acampamentos de pessoas em situação de rua, barracas de moradores de rua
tourist groups: grupos de turistas, grupo de turistas, grupos turísticos
second homes: segundas residências, segunda residência, segundas habitações
foreign home buyers: compradores estrangeiros, compradores não residentes, compra de imóveis por estrangeiros, compra de casas por estrangeiros, venda de imóveis a estrangeiros
new hotels: novos hotéis, novo hotel, construção de novos hotéis, construção de hotéis, novos empreendimentos hoteleiros, novas unidades hoteleiras
# 0.27.0: more categories
game consoles: consolas de jogos, consola de jogos, consolas de videojogos, consola de videojogos, consoles de videogame, console de videogame, consoles de jogos
gas-powered garden equipment: ferramentas de jardim a gasolina, ferramentas de jardinagem a gasolina, equipamentos de jardinagem a gasolina, máquinas de jardinagem a gasolina, equipamentos de jardinagem a combustão, roçadeiras a gasolina, corta-sebes a gasolina, motosserras a gasolina, sopradores a gasolina
sex dolls: bonecas sexuais, boneca sexual, bonecas sexuais com aparência infantil, bonecas sexuais infantis, robôs sexuais, sex dolls
selfie sticks: paus de selfie, pau de selfie, bastões de selfie, bastão de selfie, hastes de selfie, selfie sticks
disposable lighters: isqueiros descartáveis, isqueiro descartável, isqueiros, isqueiros de plástico, isqueiros baratos
coal stoves: fogões a carvão, fogão a carvão, caldeiras a carvão, caldeira a carvão, aquecimento a carvão, salamandras a carvão
dashcams: dashcams, dashcam, câmaras de tablier, câmeras veiculares, câmera veicular, câmaras de bordo, câmeras de painel
coffee capsules: cápsulas de café, cápsula de café, cápsulas de café de alumínio, cápsulas de café descartáveis, cápsulas Nespresso
bottled water: água engarrafada, águas engarrafadas, água em garrafa, venda de água engarrafada, garrafas de água descartáveis
bicycles: bicicletas, bicicleta, ciclistas, circulação de bicicletas, uso da bicicleta
camper vans: autocaravanas, autocaravana, motorhomes, motorhome, campervans, autocaravanismo, pernoita em autocaravanas, pernoita de autocaravanas, pernoita em veículos, casas sobre rodas, dormir no carro, viver em veículos
right-hand-drive vehicles: veículos com volante à direita, carros com volante à direita, veículos com direção à direita, carros com direção à direita, viaturas com volante à direita
self-driving cars: carros autónomos, carros autônomos, carro autónomo, carro autônomo, veículos autónomos, veículos autônomos, veículo autônomo, veículo autónomo, carros sem condutor, carros sem motorista, veículos sem condutor, veículos sem motorista, robotáxis, robotaxis, táxis autónomos, táxis autônomos, camiões autónomos, caminhões autônomos
petrol motorbikes: motos a gasolina, motociclos a gasolina, motocicletas a gasolina, motos a combustão, motocicletas a combustão, motos com motor a combustão, scooters a gasolina, motorizadas a gasolina, motos de dois tempos, ciclomotores a gasolina
street racing: corridas ilegais, corrida ilegal, corridas clandestinas, corrida clandestina, corridas ilegais de carros, corridas de rua ilegais, pegas ilegais, encontros de carros, competições ilegais de automóveis
beer bikes: bicicletas de cerveja, bicicleta de cerveja, beer bikes, bierfiets, bicicletas-bar, bicicletas de festa
leaded fuel: gasolina com chumbo, combustível com chumbo, combustíveis com chumbo, chumbo tetraetilo, chumbo tetraetila, gasolina de aviação com chumbo, avgas com chumbo
liquids in hand luggage: líquidos na bagagem de mão, líquidos na bagagem de cabine, regra dos 100 ml, limite de 100 ml, limite de 100 mililitros, restrições de líquidos, restrição de líquidos, líquidos a bordo
studded tyres: pneus com pregos, pneus cravejados, pneus de pregos, pneus com cravos, pneus com espigões
ractopamine: ractopamina, carne suína com ractopamina, carne de porco com ractopamina
durian: durião, duriões, durian, fruta durião
alcopops: alcopops, alcopop, bebidas pré-misturadas, bebidas alcoólicas pré-misturadas, bebidas alcoólicas aromatizadas, hard seltzers, coquetéis prontos para beber, cocktails prontos a beber
late-night alcohol sales: venda de álcool à noite, venda noturna de álcool, venda de bebidas alcoólicas à noite, venda noturna de bebidas alcoólicas, venda de álcool depois das 22h, venda de álcool após as 22h, venda de álcool depois da meia-noite
drinks promotions: happy hours, happy hour, open bar, open bars, promoções de álcool, promoções de bebidas alcoólicas, bebidas à vontade, álcool à vontade
DDT: DDT, diclorodifeniltricloroetano
fluorinated gases: gases fluorados, gases fluorados com efeito de estufa, HFC, hidrofluorocarbonetos, CFC, clorofluorcarbonetos, clorofluorocarbonetos, HCFC, SF6, hexafluoreto de enxofre, substâncias que empobrecem a camada de ozono, substâncias que destroem a camada de ozônio, gases refrigerantes
chlorinated solvents: solventes clorados, tricloroetileno, TCE, percloroetileno, tetracloroetileno, diclorometano, cloreto de metileno
cyanide: cianeto, cianetos, cianeto de sódio, lixiviação com cianeto, uso de cianeto, mineração com cianeto
acetamiprid: acetamiprida, acetamiprid
rodenticides: rodenticidas, rodenticida, raticidas, raticida, veneno para ratos, iscas envenenadas, rodenticidas anticoagulantes, mata-ratos
road salt: sal de degelo, sal para degelo, sal para estradas, sal de descongelamento, sal nas estradas, espalhamento de sal
flame retardants: retardadores de chama, retardador de chama, retardantes de chama, retardante de chama, retardadores de chama bromados, PBDE
engineered stone: pedra artificial, pedras artificiais, pedra de engenharia, quartzo artificial, quartzo composto, aglomerados de quartzo, bancadas de quartzo, superfícies de quartzo, pedra sintética
cocaine: cocaína, cultivo de coca, cultivos de coca, pasta base de cocaína, pasta de coca
methamphetamine: metanfetamina, metanfetaminas, crystal meth, cristal de metanfetamina, shabu, yaba
MDMA: MDMA, ecstasy, comprimidos de ecstasy, pastilhas de ecstasy, terapia assistida por MDMA
opium poppy cultivation: cultivo de papoila, cultivo de papoula, cultivos de papoila, cultivos de papoula, papoila do ópio, papoula do ópio, papoilas do ópio, papoulas do ópio, ópio, cultivo de ópio, produção de ópio, campos de papoila, campos de papoula
new psychoactive substances: novas substâncias psicoativas, novas substâncias psicoactivas, NSP, NPS, drogas de design, legal highs, smartshops, smart shops, catinonas sintéticas, mefedrona, research chemicals
GHB: GHB, GBL, ecstasy líquido, droga da violação, gama-hidroxibutirato, gama-butirolactona
bear bile: bílis de urso, bile de urso, quintas de bílis de urso, fazendas de bile de urso, ursos de bílis, extração de bílis de urso
donkey skins: peles de burro, pele de burro, comércio de peles de burro, abate de burros, abate de jumentos, peles de jumento, ejiao, gelatina de pele de burro
tail docking: corte de cauda, corte de caudas, caudectomia, caudectomias, amputação da cauda, corte do rabo, corte de rabos, corte de orelhas, conchectomia
declawing: remoção das garras, remoção de garras, desungulação, onicectomia, gatos sem garras, declawing
sow stalls: celas de gestação, cela de gestação, gaiolas de gestação, gaiola de gestação, jaulas de gestação, celas de parto, gaiolas para porcas, porcas enjauladas
chick culling: abate de pintos machos, abate dos pintos machos, trituração de pintos, trituração de pintainhos, morte de pintos machos, eliminação de pintos machos, pintainhos machos triturados
live poultry markets: mercados de aves vivas, mercado de aves vivas, mercados de animais vivos, mercado de animais vivos, mercados húmidos, mercados úmidos, venda de aves vivas, venda de aves de capoeira vivas
big cats: grandes felinos, grande felino, tigres como animais de estimação, leões como animais de estimação, posse de grandes felinos, felinos exóticos
badger culling: abate de texugos, abate dos texugos, caça aos texugos, matança de texugos
bull running: largadas de touros, largada de touros, encierros, encierro, touradas à corda, tourada à corda, esperas de touros, bous al carrer, toro embolado
animal sacrifice: sacrifícios rituais de animais, sacrifício ritual de animais, sacrifícios religiosos de animais, sacrifício religioso de animais, sacrifícios de animais em rituais
wildlife feeding: alimentação de animais selvagens, alimentar animais selvagens, alimentação da fauna selvagem, alimentar animais silvestres, alimentar os macacos, alimentação de javalis, alimentar javalis, alimentar as gaivotas, alimentação de gaivotas, alimentar os patos
exotic skins: peles exóticas, pele exótica, couro exótico, couros exóticos, pele de crocodilo, couro de crocodilo, pele de píton, pele de cobra, peles de répteis, pele de jacaré
spitting: cuspir na rua, cuspir em público, cuspir na via pública, escarrar na rua, cuspidelas
littering: deitar lixo na rua, jogar lixo na rua, abandono de lixo, descarte irregular de lixo, deposição ilegal de resíduos, despejo ilegal de lixo, atirar beatas para o chão, jogar bitucas no chão, littering
jaywalking: atravessar fora da passadeira, atravessar fora da faixa, atravessar fora da faixa de pedestres, travessia fora da passadeira, atravessar com o sinal vermelho, atravessar no vermelho, jaywalking
loitering: vadiagem, permanência em grupo na via pública, ajuntamentos de jovens, loitering
skateboarding: skate, skates, skateboard, skateboards, andar de skate, patins, patinagem, patinação, patins em linha, rollers
public nudity: nudez em público, nudez pública, nudismo, naturismo, nudistas, naturistas, topless, fazer topless, praias de nudismo, praias nudistas, banho nu
swimwear in the street: andar em fato de banho na rua, fato de banho na cidade, andar de biquíni na rua, biquíni na rua, tronco nu, em tronco nu, sem camisa, andar sem camisa, roupa de banho na rua, trajes de banho na rua
eating in the street: comer na rua, comer na via pública, comer enquanto se caminha, comer nas escadarias, comer nos monumentos, piqueniques em monumentos
graffiti: grafítis, grafitis, graffiti, graffitis, pichação, pichações, latas de spray, tinta em spray, venda de tinta spray
honking: buzinas, buzina, buzinadelas, buzinaços, uso da buzina, toques de buzina
dancing: dança em público, dançar em público, bailes funk, baile funk, festas de dança, danças mistas, bailes públicos
entering forests: acesso às florestas, acesso aos espaços florestais, circulação nos espaços florestais, permanência nos espaços florestais, acesso às matas, acesso a matas, entrada nas florestas, acesso aos territórios florestais
Halloween: Halloween, festas de Halloween, festa de Halloween, celebrações de Halloween, Dia das Bruxas, fantasias de Halloween, doçura ou travessura, doces ou travessuras
Valentine's Day: Dia dos Namorados, Dia de São Valentim, São Valentim, celebrações do Dia dos Namorados, presentes de São Valentim
beauty pageants: concursos de beleza, concurso de beleza, concursos de beleza infantis, concursos de misses, concursos de miss, concurso de miss, eleição de miss
pub crawls: pub crawls, pub crawl, bar crawl, roteiros de bares, rotas de bares, rota dos bares, tours de bares, passeios por bares organizados
Quran burning: queima do Corão, queima do Alcorão, queimas do Alcorão, queima de exemplares do Alcorão, queima de exemplares do Corão, profanação do Alcorão, profanação do Corão, profanação de livros sagrados, Alcorão queimado
flag burning: queima de bandeiras, queima da bandeira, queimar a bandeira, ultraje à bandeira, profanação da bandeira, bandeiras queimadas
Holocaust denial: negação do Holocausto, negacionismo do Holocausto, negacionistas do Holocausto, negação do genocídio, negacionismo do genocídio
Z symbol: símbolo Z, símbolos Z, letra Z, sinal Z
sex shops: sex shops, sex shop, sex-shops, sexshops, lojas eróticas, loja erótica, lojas para adultos
strip clubs: clubes de strip, clube de strip, clubes de striptease, clube de striptease, casas de striptease, casas de strip, strip clubs, lap dance
massage parlours: casas de massagem, casa de massagem, casas de massagens, salões de massagem, salão de massagem, centros de massagem
beauty salons: salões de beleza, salão de beleza, institutos de beleza, instituto de beleza, centros de estética, centro de estética
minimarkets: minimercados, minimercado, minimarkets, minimarket, lojas de conveniência, loja de conveniência, lojas abertas 24 horas
vape shops: lojas de vape, loja de vape, lojas de cigarros eletrónicos, lojas de cigarros eletrônicos, lojas de vaporizadores, vape shops, vapeshops
cannabis shops: coffeeshops, coffee shops, lojas de canábis, lojas de cannabis, lojas de maconha, dispensários de cannabis, dispensários de canábis, clubes canábicos, clubes de cannabis, associações canábicas
drive-throughs: drive-thru, drive-thrus, drive-through, drive-in, drive-ins, McDrive, restaurantes drive-thru
dark stores: dark stores, dark store, lojas fantasma, supermercados fantasma, cozinhas fantasma, cozinhas-fantasma, dark kitchens, dark kitchen, armazéns de entrega rápida
prescription drug advertising: publicidade de medicamentos, publicidade a medicamentos, publicidade farmacêutica, anúncios de medicamentos, propaganda de medicamentos, publicidade de medicamentos sujeitos a receita, publicidade de remédios, propaganda de remédios
advertising to children: publicidade dirigida a crianças, publicidade infantil, publicidade destinada a crianças, publicidade para crianças, publicidade dirigida a menores, publicidade direcionada a crianças, anúncios dirigidos a crianças, marketing dirigido a crianças, publicidade em programas infantis
junk mail: publicidade não endereçada, publicidade nas caixas de correio, publicidade na caixa do correio, folhetos publicitários, folheto publicitário, panfletos publicitários, correio publicitário, publicidade em papel, folhetos de publicidade
digital billboards: ecrãs publicitários, ecrã publicitário, painéis publicitários digitais, painel publicitário digital, outdoors digitais, outdoor digital, telas publicitárias, ecrãs LED publicitários, publicidade digital exterior, mupis digitais
carbon-neutral claims: greenwashing, lavagem verde, ecobranqueamento, branqueamento ecológico, alegações ambientais, alegação ambiental, declarações ambientais, alegações de neutralidade carbónica, alegações de neutralidade de carbono, alegações ecológicas, alegações verdes, maquilhagem verde, maquiagem verde
CFDs: CFD, CFDs, negociação de CFD, produtos CFD, produtos alavancados
prediction markets: mercados de previsão, mercado de previsão, mercados preditivos, mercado preditivo, apostas em eleições, apostas eleitorais, contratos de eventos
fantasy sports: fantasy sports, desportos de fantasia, esportes de fantasia, jogos a dinheiro real, jogos com dinheiro real, jogos de dinheiro real, ligas de fantasia
share buybacks: recompra de ações, recompras de ações, recompra de acções, programas de recompra de ações, recompra de ações próprias, buybacks, buyback
golden passports: passaportes dourados, passaporte dourado, passaportes de ouro, passaporte de ouro, cidadania por investimento, venda de cidadania, venda de passaportes, nacionalidade por investimento
golden visas: vistos gold, visto gold, vistos dourados, visto dourado, golden visa, golden visas, autorizações de residência para investimento, ARI, vistos para investidores, residência por investimento
ransom payments: pagamento de resgates, pagamento de resgate, pagamentos de resgate, pagamentos de resgates, pagamento do resgate, pagamentos de ransomware
stock trading by lawmakers: negociação de ações por parlamentares, compra e venda de ações por congressistas, negociação de ações por congressistas, negociação de ações por membros do Congresso, transações de ações de parlamentares, negociação de ações por políticos, investimento em ações por congressistas
CBDCs: moedas digitais de bancos centrais, moeda digital de banco central, moedas digitais de banco central, CBDC, euro digital, dólar digital, yuan digital, e-yuan, rublo digital, Drex
pirate sites: sites piratas, site pirata, sites de pirataria, pirataria online, pirataria digital, streaming ilegal, IPTV ilegal, IPTV pirata, downloads ilegais, download ilegal, sites de torrents, gatonet, TV box pirata, TV boxes piratas
loan apps: aplicativos de empréstimo, aplicativos de empréstimos, aplicações de empréstimo, aplicações de crédito, apps de empréstimo, apps de empréstimos, plataformas de empréstimo online, aplicativos de crédito
AI companions: companheiros virtuais, companheiro virtual, companheiros de IA, namoradas virtuais, namorada virtual, namoradas de IA, chatbots de companhia, aplicativos de companhia com IA, amigos virtuais
addictive feeds: feeds algorítmicos, feed algorítmico, feeds viciantes, feeds personalizados, algoritmos de recomendação, algoritmo de recomendação, rolagem infinita, scroll infinito, deslizamento infinito, reprodução automática, design viciante, funcionalidades viciantes, recursos viciantes
suppressors: silenciadores de armas, silenciadores para armas de fogo, silenciador de arma, supressores de som, moderadores de som
knuckle-dusters: soqueiras, soqueira, socos-ingleses, soco-inglês, soco inglês, socos ingleses
flick knives: canivetes de ponta e mola, canivete de ponta e mola, navalhas de ponta e mola, navalha de ponta e mola, canivetes borboleta, canivete borboleta, facas de mola, canivetes automáticos, navalhas automáticas, balisongs
machine guns: metralhadoras, metralhadora, armas automáticas, arma automática, espingardas automáticas, fuzis automáticos, submetralhadoras, pistolas-metralhadoras, armas totalmente automáticas
blank guns: armas de alarme, arma de alarme, pistolas de alarme, pistola de alarme, pistolas de salva, armas de salva, pistolas de partida, armas de sinalização, pistolas de gás
autonomous weapons: armas autónomas, armas autônomas, arma autónoma, arma autônoma, sistemas de armas autónomas letais, sistemas de armas autônomas letais, armas letais autónomas, armas letais autônomas, robôs assassinos, robô assassino
chokeholds: mata-leão, golpe mata-leão, golpes de estrangulamento, golpe de estrangulamento, técnicas de estrangulamento, técnica de estrangulamento, imobilizações pelo pescoço, chave de pescoço
death penalty: pena de morte, pena capital, condenações à morte, condenação à morte, penas de morte
virginity tests: testes de virgindade, teste de virgindade, exames de virgindade, certificados de virgindade, certificado de virgindade, himenoplastia, himenoplastias, reconstrução do hímen
IVF: fertilização in vitro, fecundação in vitro, FIV, PMA, procriação medicamente assistida, reprodução assistida, tratamentos de fertilidade, tratamento de fertilidade
circumcision: circuncisão, circuncisões, circuncisão masculina, circuncisão ritual, circuncisão religiosa, circuncisão de meninos, circuncisão infantil, brit milá
girls' education: educação das raparigas, educação das meninas, escolarização das meninas, escolarização das raparigas, ensino secundário para raparigas, ensino secundário para meninas, escolas secundárias para meninas, educação feminina, educação das mulheres, acesso das mulheres à universidade, acesso das meninas à educação, ensino universitário para mulheres, escolas para meninas
transgender athletes: atletas transgénero, atletas transgênero, atleta transgénero, atleta transgênero, atletas trans, atletas transexuais, mulheres trans no desporto feminino, mulheres trans no esporte feminino, mulheres transgênero no esporte, pessoas trans no desporto, pessoas trans no esporte
mask mandates: uso obrigatório de máscara, uso obrigatório de máscaras, máscara obrigatória, máscaras obrigatórias, obrigatoriedade do uso de máscara, obrigatoriedade de máscara, obrigatoriedade das máscaras, obrigação de usar máscara
geoengineering: geoengenharia, geoengenharia solar, semeadura de nuvens, semeação de nuvens, bombardeamento de nuvens, modificação meteorológica, gestão da radiação solar, injeção de aerossóis estratosféricos, chemtrails, rastos químicos, rastros químicos
butterfly bushes: arbustos-das-borboletas, arbusto-das-borboletas, arbusto das borboletas, budleia, buddleja, buddleia, lilás-de-verão, lilás de verão
knotweed: sanguinária-do-japão, erva-nó-japonesa, polígono-do-japão, Fallopia japonica, Reynoutria japonica
eucalyptus plantations: plantações de eucalipto, plantação de eucalipto, plantações de eucaliptos, plantação de eucaliptos, eucaliptos, eucalipto, novas plantações de eucalipto, monocultura de eucalipto, monoculturas de eucalipto, eucaliptais, eucaliptal
gold: exportações de ouro, exportação de ouro, importações de ouro, ouro russo, barras de ouro, lingotes de ouro, ouro bruto, ouro não refinado
iron ore: minério de ferro, minérios de ferro, exportações de minério de ferro, pelotas de minério de ferro, pellets de minério de ferro
raw cashew nuts: castanha de caju, castanhas de caju, castanha de caju crua, castanha de caju em bruto, exportações de castanha de caju, caju, anacardos
shea nuts: nozes de karité, noz de karité, karité, amêndoas de karité, exportações de karité
cotton: algodão, algodão em rama, algodão em bruto, exportações de algodão, importações de algodão, algodão de Xinjiang, fibra de algodão, produtos de algodão, fio de algodão
avocados: abacates, abacate, importações de abacate, exportações de abacate, abacates mexicanos
motor fuel: exportações de combustíveis, exportações de combustível, exportações de gasolina, exportações de gasóleo, exportações de diesel, importações de combustíveis, importações de gasolina, importações de gasóleo, importações de diesel, gasóleo russo, diesel russo, gasolina russa, combustíveis refinados
hazardous waste: resíduos perigosos, resíduos tóxicos, lixo tóxico, exportações de resíduos, exportação de resíduos, importações de resíduos, importação de resíduos, transferências de resíduos, resíduos importados, lixo importado, importação de lixo
# 0.28.0: more categories
bidis: bidi, bidis
kreteks: kretek, cigarros de cravo
single cigarettes: cigarros avulsos, cigarro avulso, venda de cigarros avulsos
synthetic nicotine: nicotina sintética
absinthe: absinto
kava: kava
powdered alcohol: álcool em pó
alcohol deliveries: entrega de álcool, entregas de bebidas alcoólicas, delivery de bebidas alcoólicas
heroin: heroína
amphetamines: anfetamina, anfetaminas
pregabalin: pregabalina, gabapentina
benzodiazepines: benzodiazepínicos, benzodiazepinas, alprazolam
pseudoephedrine: pseudoefedrina
ethylene oxide: óxido de etileno
dicamba: dicamba
ammonium nitrate: nitrato de amônio, nitrato de amónio
PCBs: PCB, bifenilos policlorados, bifenilas policloradas
parabens: parabenos
triclosan: triclosan, triclosano
methyl bromide: brometo de metila, brometo de metilo
caviar: caviar
whale meat: carne de baleia
peanuts: amendoim, amendoins
factory farming: pecuária intensiva, criação intensiva, fazendas industriais, explorações intensivas
sewage sludge: lodo de esgoto, lamas de depuração, biossólidos
manure spreading: estrume, esterco, dejetos animais
piglet castration: castração de leitões, castração de suínos
mulesing: mulesing
hare coursing: caça à lebre com galgos
bird hunting: caça de aves, caça às aves, captura de aves
blast fishing: pesca com explosivos, pesca com dinamite, pesca com bombas
pulse fishing: pesca elétrica, pesca por impulsos elétricos
gillnets: redes de emalhar, redes de emalhe, rede de emalhar
coral harvesting: extração de coral, extração de corais, coral vermelho
foraging: apanha de cogumelos, colheita de cogumelos silvestres
stray dog culling: abate de cães vadios, sacrifício de cães de rua, extermínio de cães de rua
spearfishing: pesca submarina, caça submarina
flammable cladding: revestimentos inflamáveis, fachadas inflamáveis, painéis de alumínio composto
skyscrapers: arranha-céus, edifícios altos, prédios altos
dams: barragens, construção de barragens
biofuels: biocombustíveis, biodiesel
landfilling: aterros sanitários, aterro sanitário, lixões
waste incineration: incineração de resíduos, incineradoras, incineradores
destruction of unsold goods: destruição de produtos não vendidos, destruição de mercadorias não vendidas
radar detectors: detetores de radar, detectores de radar
pavement parking: estacionamento em passeios, estacionar na calçada, estacionamento nas calçadas
tinted windows: vidros fumados, películas escuras, insulfilm, vidros escurecidos
shared bikes: bicicletas partilhadas, bicicletas compartilhadas, bicicletas de aluguer
hotel toiletries: amenities descartáveis, frascos de shampoo em miniatura, produtos de higiene descartáveis
signal jammers: bloqueadores de sinal, bloqueadores de celular, jammers
satellite phones: telefones satelitais, telefones via satélite
hidden cameras: câmaras ocultas, câmeras escondidas, câmeras espiãs
pagers: pagers, bipes, bipers
walkie-talkies: walkie-talkies, rádios comunicadores
headphones: fones de ouvido, auscultadores, auriculares
short-video apps: aplicativos de vídeos curtos, aplicações de vídeos curtos, plataformas de vídeos curtos
online pharmacies: farmácias online, venda de medicamentos pela internet, farmácias virtuais
emotion recognition: reconhecimento de emoções
tracking cookies: cookies de rastreamento, cookies de terceiros
cross-border data transfers: transferências internacionais de dados, transferência de dados
internet cafés: cibercafés, lan houses
ICOs: ICO, ofertas iniciais de moedas
peer-to-peer lending: empréstimos P2P, empréstimos entre pessoas
social scoring: pontuação social, crédito social
narcocorridos: narcocorridos, narcocorrido
twerking: twerk, twerking
belly dancing: dança do ventre
reality shows: reality shows, reality show, programas de realidade
horror films: filmes de terror, filmes de horror
caricatures: caricaturas, charges
foreign words: estrangeirismos, anglicismos, palavras estrangeiras
minarets: minaretes
opinion polls: sondagens, pesquisas eleitorais, sondagens à boca das urnas, pesquisas de opinião
child influencers: influenciadores mirins, influenciadores infantis, crianças influenciadoras
hoodies: moletons com capuz, camisolas com capuz
jeans: calças de ganga, jeans, calças jeans
camouflage clothing: roupas camufladas, roupa de camuflagem, fardamento camuflado
beards: barbas, barba
high heels: saltos altos, sapatos de salto alto
public urination: urinar na via pública, urinar na rua, xixi na rua
fortune telling: vidência, cartomancia, adivinhação, leitura de mãos
witchcraft: bruxaria, feitiçaria, magia negra
hitchhiking: pedir boleia, pedir carona, autostop
door-to-door sales: venda porta a porta, vendas porta a porta, venda ao domicílio
public displays of affection: beijos em público, demonstrações públicas de afeto
cross-dressing: travestismo, cross-dressing
homework: trabalhos de casa, lição de casa, deveres de casa, TPC
dowry: dote, dotes
organ sales: tráfico de órgãos, venda de órgãos, comércio de órgãos
human cloning: clonagem humana, clonagem reprodutiva
gene editing: edição genética, edição de genes, edição do genoma
blasphemy: blasfêmia, blasfémia, ofensa religiosa
hate speech: discurso de ódio, discursos de ódio, incitação ao ódio
disinformation: desinformação, notícias falsas, fake news
prenatal sex determination: determinação do sexo do feto, aborto seletivo por sexo, seleção de sexo
international adoption: adoção internacional, adoções internacionais
pyramid schemes: pirâmides financeiras, esquemas de pirâmide, esquemas Ponzi
multi-level marketing: marketing multinível, marketing de rede, MMN
layoffs: despedimentos, demissões, despedimento
rent increases: aumentos de renda, aumento das rendas, reajustes de aluguel, aumentos de aluguel
zero-hours contracts: contratos de zero horas
body armour: coletes à prova de bala, coletes balísticos
grenades: granadas, granadas de mão
martial arts weapons: nunchakus, estrelas ninja, shurikens
slingshots: fisgas, estilingues, atiradeiras
depleted uranium munitions: urânio empobrecido, munições de urânio empobrecido
biological weapons: armas biológicas
hollow-point bullets: balas expansivas, balas de ponta oca, balas dum-dum
mercenaries: mercenários, empresas militares privadas
nuclear tests: testes nucleares, ensaios nucleares
cooking oil: óleo de cozinha, óleos alimentares, óleo vegetal
flour: farinha, farinha de trigo
potash: potassa, fertilizantes potássicos, cloreto de potássio
urea: ureia
rosewood: pau-rosa, jacarandá
fodder: forragem, ração animal, feno
electricity exports: exportações de eletricidade, exportação de energia elétrica
medical masks: máscaras cirúrgicas, máscaras hospitalares, máscaras médicas
forced labour goods: produtos feitos com trabalho forçado, produtos de trabalho forçado
foreign investment: investimento estrangeiro, investimentos estrangeiros
foreign land ownership: venda de terras a estrangeiros, compra de terras por estrangeiros
high-denomination banknotes: notas de alto valor, notas de 500 euros, cédulas de alto valor
bankers' bonuses: bónus dos banqueiros, bônus dos executivos, bónus bancários
chess: xadrez
boxing: boxe, pugilismo, lutas de boxe
martial arts: artes marciais, desportos de combate, esportes de combate, kickboxing
mixed martial arts: artes marciais mistas, MMA, vale-tudo
wrestling: luta livre, luta greco-romana
yoga: ioga, yoga
ball games: jogos de bola, jogar à bola
horse racing: corridas de cavalos, turfe
motorsport: automobilismo, desportos motorizados, corridas de automóveis
bungee jumping: bungee jumping, salto de bungee
rock climbing: escalada em rocha, alpinismo, montanhismo
karaoke: karaokê, karaoke
poker: pôquer, póquer, poker
mahjong: mahjong
playing cards: cartas de jogar, jogos de cartas, baralho
water pistols: pistolas de água
gyms: ginásios, academias de ginástica
fidget spinners: fidget spinners, spinners
sledding: trenós, andar de trenó
paintball: paintball, airsoft
`);
