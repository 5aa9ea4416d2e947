// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Spanish forms.
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tabaco, productos de tabaco, productos del tabaco, venta de tabaco
cigarettes: cigarrillo, cigarrillos, pitillos, cigarros de tabaco
e-cigarettes: cigarrillo electrónico, cigarrillos electrónicos, cigarros electrónicos, cigarro electrónico, vapeadores, vapeador, vaporizadores, vapers, vapes, vape, vapeo, e-cigarrillos, dispositivos de vapeo
disposable vapes: vapeadores desechables, vapeador desechable, cigarrillos electrónicos desechables, cigarrillo electrónico desechable, vapes desechables, vapers desechables, vaporizadores desechables, vaporizador desechable, pods desechables, puffs
e-liquids: líquidos para vapear, líquidos de vapeo, e-líquidos, líquidos para cigarrillos electrónicos
flavoured e-cigarettes: cigarrillos electrónicos con sabores, vapeadores con sabores, sabores de los cigarrillos electrónicos, vapeadores saborizados, cigarrillos electrónicos saborizados, líquidos con sabores
menthol cigarettes: cigarrillos mentolados, cigarrillo mentolado, cigarrillos de mentol, cigarrillos con mentol, mentolados
flavoured tobacco: tabaco con sabores, tabaco saborizado, tabaco aromatizado, tabacos aromatizados, productos de tabaco con sabores
flavoured cigarettes: cigarrillos con sabores, cigarrillos aromatizados, cigarrillos saborizados, cigarrillos con aromas característicos, cigarrillos con aroma característico
nicotine pouches: bolsas de nicotina, bolsitas de nicotina, sobres de nicotina, bolsitas nicotínicas
heated tobacco products: tabaco calentado, productos de tabaco calentado, tabaco por calentamiento, dispositivos de tabaco calentado
cigars: habanos, cigarros puros, purito, puritos
snus: snus
shisha: cachimba, cachimbas, narguile, narguiles, narguilas, shisha, pipas de agua, hookah
chewing tobacco: tabaco de mascar, tabaco para mascar, tabaco sin humo
rolling tobacco: tabaco de liar, tabaco para liar, picadura de liar
smoking: fumar, tabaquismo, consumo de tabaco
tobacco advertising: publicidad del tabaco, publicidad de tabaco, publicidad de cigarrillos, patrocinio del tabaco
alcohol: alcohol, bebidas alcohólicas, venta de alcohol, licores, bebidas espirituosas, consumo de alcohol
beer: cerveza, cervezas, venta de cerveza
alcohol advertising: publicidad de alcohol, publicidad del alcohol, publicidad de bebidas alcohólicas, anuncios de alcohol
energy drinks: bebidas energéticas, bebida energética, bebidas energizantes
sugary drinks: bebidas azucaradas, refrescos, refrescos azucarados, bebidas endulzadas, gaseosas
cannabis: cannabis, marihuana, mariguana, hachís, porros, cannabis recreativo
kratom: kratom
khat: khat, qat
magic mushrooms: hongos alucinógenos, setas alucinógenas, hongos mágicos, psilocibina, setas mágicas
nitrous oxide: óxido nitroso, gas de la risa, globos de la risa, bombonas de óxido nitroso
synthetic cannabinoids: cannabinoides sintéticos, marihuana sintética
CBD: CBD, cannabidiol, aceite de CBD, productos con CBD
hemp flowers: flores de CBD, flores de cáñamo, cogollos de CBD, flor de CBD
HHC: HHC, hexahidrocannabinol
poppers: poppers
foie gras: foie gras, paté de hígado graso
fur: pieles, peletería, comercio de pieles, venta de pieles, pieles de animales
fur farming: granjas peleteras, granjas de pieles, cría de animales para peletería
mink farming: granjas de visones, cría de visones, granja de visones
glyphosate: glifosato, Roundup
pesticides: pesticidas, pesticida, plaguicidas, plaguicida, fitosanitarios, agroquímicos, agrotóxicos, herbicidas, insecticidas
neonicotinoids: neonicotinoides, neonicotinoide, insecticidas neonicotinoides, pesticidas neonicotinoides
GMOs: transgénicos, transgénico, organismos genéticamente modificados, OGM, maíz transgénico, cultivos transgénicos, maíz genéticamente modificado, cultivos genéticamente modificados, semillas transgénicas, semillas genéticamente modificadas
palm oil: aceite de palma
trans fats: grasas trans, ácidos grasos trans
lab-grown meat: carne cultivada, carne de laboratorio, carne sintética, carne cultivada en laboratorio, carne celular
junk food advertising: publicidad de comida chatarra, publicidad de comida basura, publicidad de alimentos no saludables, publicidad de alimentos poco saludables, publicidad de alimentos y bebidas poco saludables, publicidad de alimentos y bebidas no saludables, publicidad infantil de alimentos
raw milk: leche cruda, leche sin pasteurizar
food dyes: colorantes alimentarios, colorantes artificiales, colorantes
titanium dioxide: dióxido de titanio, E171
shark fins: aletas de tiburón, aleta de tiburón, sopa de aleta de tiburón
dog meat: carne de perro, consumo de carne de perro
cat meat: carne de gato
rhino horn: cuerno de rinoceronte, cuernos de rinoceronte
ivory: marfil, comercio de marfil
circus animals: animales en los circos, circos con animales, animales salvajes en circos, animales de circo
trophy hunting: caza de trofeos, trofeos de caza, caza trofeo
bullfighting: corridas de toros, corridas, tauromaquia, espectáculos taurinos, corrida de toros
live animal exports: exportación de animales vivos, exportaciones de animales vivos, transporte de animales vivos, exportación de ganado en pie
battery cages: gallinas enjauladas, jaulas en batería, granjas de jaulas, huevos de gallinas enjauladas
bottom trawling: pesca de arrastre, arrastre de fondo, redes de arrastre de fondo, pesca de arrastre de fondo
whaling: caza de ballenas, caza comercial de ballenas, pesca de ballenas
animal testing: experimentación animal, pruebas en animales, ensayos con animales, experimentos con animales
chewing gum: chicle, chicles, goma de mascar
exotic pets: mascotas exóticas, animales exóticos, animales exóticos como mascotas
grain: cereales, granos, exportaciones de granos, exportación de granos, exportaciones de cereales, exportación de cereales
rice: arroz, exportaciones de arroz, exportación de arroz
single-use plastics: plásticos de un solo uso, plástico de un solo uso, plásticos desechables, plástico desechable, productos de plástico de un solo uso, plásticos de usar y tirar
plastic bags: bolsas de plástico, bolsa de plástico, bolsas plásticas, bolsa plástica, bolsitas de plástico, fundas plásticas, fundas de plástico
plastic straws: pajitas de plástico, pajitas, pitillos de plástico, sorbetes, popotes, popotes de plástico, pajillas, bombillas de plástico, canutillos
plastic cutlery: cubiertos de plástico, cubiertos desechables, cubiertos plásticos
plastic plates: platos de plástico, platos desechables, platos plásticos
plastic stirrers: agitadores de plástico, removedores de plástico, agitadores de bebidas, mezcladores de plástico
plastic cotton buds: bastoncillos de algodón, bastoncillos, hisopos de plástico, hisopos, cotonetes
plastic balloon sticks: palitos para globos, varillas de globos, palos de globos
plastic cups: vasos de plástico, vasos desechables, vasos plásticos
plastic bottles: botellas de plástico, botella de plástico, botellas plásticas, botellas PET
glass bottles: botellas de vidrio, botella de vidrio, envases de vidrio, recipientes de vidrio
plastic packaging: envases de plástico, embalajes de plástico, envases plásticos, envoltorios de plástico
expanded polystyrene food containers: poliestireno expandido, unicel, icopor, corcho blanco, envases de poliestireno, recipientes de poliestireno expandido, envases de unicel, tecnopor, estereofón
microbeads: microperlas, microesferas de plástico, microplásticos
oxo-degradable plastics: plásticos oxodegradables, plástico oxodegradable, plásticos oxo-degradables
oxo-degradable plastic bags: bolsas oxodegradables, bolsas de plástico oxodegradables, bolsas oxo-degradables
wet wipes: toallitas húmedas, toallitas, toallitas desechables
sky lanterns: globos de papel, farolillos chinos, linternas voladoras, globos de cantoya
coal: carbón, centrales de carbón, centrales térmicas de carbón, minería de carbón
combustion engine cars: coches de combustión, vehículos de combustión, motores de combustión, coches de gasolina, autos de combustión, vehículos de combustión interna, motor de combustión, coches con motor de combustión, coches de gasolina y diésel, coches de gasolina o diésel, motor de gasolina o diésel, motores de gasolina y diésel
diesel cars: coches diésel, vehículos diésel, coches diesel, vehículos diesel, autos diésel
gas boilers: calderas de gas, caldera de gas, calefacción de gas
oil boilers: calderas de gasóleo, calderas de gasoil, calderas de fueloil, calefacción de gasóleo
incandescent light bulbs: bombillas incandescentes, bombillas de incandescencia, focos incandescentes, lámparas incandescentes, bombillas halógenas, focos ahorradores
patio heaters: estufas de terraza, calefactores de terraza, terrazas climatizadas, estufas exteriores
leaf blowers: sopladores de hojas, sopladoras, sopladores
wood stoves: estufas de leña, chimeneas de leña, chimeneas abiertas
PFAS: PFAS, contaminantes eternos, químicos eternos, sustancias perfluoroalquiladas
asbestos: amianto, asbesto, uralita
fracking: fracking, fractura hidráulica, fracturación hidráulica
deep-sea mining: minería submarina, minería en aguas profundas, minería de aguas profundas, minería en los fondos marinos
aircraft: aviones, aeronaves
private jets: jets privados, jet privado, aviones privados, vuelos privados
short-haul flights: vuelos cortos, vuelos de corta distancia, vuelos domésticos cortos, vuelos nacionales de corta distancia, vuelos domésticos, vuelos nacionales, vuelos internos
cruise ships: cruceros, crucero, barcos de crucero, grandes cruceros
SUVs: SUV, todoterrenos, todocaminos
e-scooters: patinetes eléctricos, patinete eléctrico, patinetes, monopatines eléctricos, scooters eléctricos, patinetas eléctricas
fossil fuel advertising: publicidad de combustibles fósiles, publicidad de los combustibles fósiles, publicidad de energías fósiles
mobile phones: teléfonos móviles, teléfono móvil, móviles, móvil, celulares, celular, teléfonos celulares, teléfono celular, teléfonos, telefonía móvil, smartphone, smartphones, teléfonos inteligentes, teléfono inteligente
smartwatches: relojes inteligentes, reloj inteligente, smartwatches
laptops: ordenadores portátiles, portátiles, laptops, computadoras portátiles, laptop
power banks: baterías externas, batería externa, power banks, cargadores portátiles
social media: redes sociales, red social, plataformas de redes sociales, medios sociales
messaging apps: aplicaciones de mensajería, apps de mensajería, mensajería instantánea, servicios de mensajería
video games: videojuegos, videojuego, juegos de vídeo, juegos electrónicos
online games: juegos en línea, juegos online, juego en línea, videojuegos en línea, videojuegos online, videojuego en línea
online gambling: juego online, apuestas en línea, apuestas online, casinos en línea, casinos online, juegos de azar en línea, juegos de azar online, sitios de apuestas, páginas de apuestas, webs de apuestas, plataformas de apuestas
gambling: juegos de azar, juego de azar, apuestas, casinos
sports betting: apuestas deportivas, apuesta deportiva, casas de apuestas
slot machines: tragamonedas, tragaperras, máquinas tragaperras, máquinas tragamonedas, máquinas de azar
loot boxes: cajas de botín, loot boxes, cajas botín
cryptocurrencies: criptomonedas, criptomoneda, criptoactivos, monedas virtuales, cripto, bitcoin, criptodivisas
crypto mining: minería de criptomonedas, minería de bitcoin, criptominería, minería cripto
VPNs: VPN, VPNs, redes privadas virtuales, red privada virtual
AI chatbots: chatbots, chatbot, asistentes de IA, inteligencia artificial generativa, IA generativa, herramientas de IA, aplicaciones de IA, chatbots de IA
facial recognition: reconocimiento facial, tecnología de reconocimiento facial, cámaras de reconocimiento facial
deepfakes: deepfakes, ultrafalsos, videos falsos generados por IA, deepfake, desnudos falsos
spyware: programas espía, software espía, spyware, programa espía
drones: dron, drones, vuelos de drones
telecom equipment: equipos de telecomunicaciones, equipos de red, equipamiento de telecomunicaciones, infraestructura de telecomunicaciones
5G equipment: equipos 5G, red 5G, redes 5G, tecnología 5G, infraestructura 5G
surveillance cameras: cámaras de vigilancia, cámaras de seguridad, videovigilancia, cámara de vigilancia
semiconductors: semiconductores, chips, microchips, chips avanzados, chips de IA
mobile internet: acceso a internet móvil, acceso a Internet móvil, internet móvil, datos móviles, internet celular
internet: acceso a internet, cortes de internet, apagón de internet, servicios de internet, acceso a Internet
pornography: pornografía, porno, páginas porno, sitios pornográficos, contenido pornográfico, webs porno
targeted advertising: publicidad dirigida, publicidad personalizada, anuncios personalizados, publicidad segmentada
social commerce: comercio social, social commerce
satellite dishes: antenas parabólicas, parabólicas, antena parabólica
connected cars: coches conectados, vehículos conectados, autos conectados
routers: routers, enrutadores, router
live streaming: transmisiones en vivo, retransmisiones en directo, streaming en vivo, transmisión en vivo
media outlets: medios de comunicación, canales de televisión, emisoras, cadenas de televisión, medios estatales, sitios de noticias, medios extranjeros
books: libros, libro, novelas, libros de texto
music: música, canciones, videoclips, narcocorridos, reguetón
movies: películas, película, filmes, cine
TV series: series de televisión, telenovelas, series, teleseries, series de TV
newspapers: periódicos, revistas, periódico
concerts: conciertos, concierto, festivales, festivales de música
LGBTQ content: propaganda LGBT, contenidos LGBT, propaganda homosexual, contenido LGBTQ, ideología de género
religious symbols: símbolos religiosos, signos religiosos, vestimenta religiosa
face coverings: burka, burkas, burqa, niqab, nicab, velo integral, velos integrales, rostro cubierto, cubrir el rostro, ocultar el rostro, ocultación del rostro
abayas: abaya, abayas
headscarves: velo islámico, hiyab, hijab, pañuelo islámico, velo
Nazi symbols: esvástica, esvásticas, símbolos nazis, saludo nazi, cruz gamada
protests: protestas, manifestaciones, protesta, manifestación
public gatherings: reuniones, concentraciones, aglomeraciones, eventos multitudinarios, reuniones públicas
cinemas: cines, salas de cine
Sunday trading: apertura en domingo, apertura dominical, apertura de comercios en domingo
rainbow flags: banderas arcoíris, bandera arcoíris, banderas LGBT, bandera LGBT, banderas del orgullo
short-term rentals: alquileres de corta duración, alquiler de corta duración, pisos turísticos, viviendas turísticas, viviendas de uso turístico, vivienda de uso turístico, pisos de uso turístico, apartamentos de uso turístico, alquiler turístico, alquileres turísticos, apartamentos turísticos, alquileres vacacionales
cash: pagos en efectivo, dinero en efectivo, pago en efectivo, en efectivo
surrogacy: gestación subrogada, vientres de alquiler, maternidad subrogada, vientre de alquiler
conversion therapy: terapias de conversión, terapia de conversión, terapias de reconversión
abortion: aborto, abortos, interrupción voluntaria del embarazo, píldora abortiva, misoprostol
gender-affirming care: tratamientos de afirmación de género, bloqueadores de la pubertad, cirugías de reasignación de sexo, transición de género, atención de afirmación de género
child marriage: matrimonio infantil, matrimonios infantiles, matrimonio de menores, uniones tempranas
female genital mutilation: mutilación genital femenina, ablación, mutilación genital
corporal punishment: castigo corporal, castigos corporales, castigo físico
begging: mendicidad, mendicidad agresiva
prostitution: prostitución, trabajo sexual, compra de sexo, prostíbulos
ride-hailing: VTC, aplicaciones de transporte, plataformas de transporte, vehículos de alquiler con conductor
private tutoring: clases particulares, academias privadas, tutorías privadas, clases extraescolares de refuerzo
tanning beds: camas solares, cabinas de bronceado, solarios, rayos UVA
skin-lightening products: productos blanqueadores de piel, cremas blanqueadoras, aclaradores de piel, cremas aclarantes
dangerous dog breeds: perros potencialmente peligrosos, razas peligrosas, pitbulls, pitbull, perros de presa
XL bully dogs: XL bully, XL bullies, perros XL bully, American XL bully
billboards: vallas publicitarias, carteles publicitarios, publicidad exterior
short selling: ventas en corto, venta en corto, ventas en descubierto, posiciones cortas
binary options: opciones binarias
firearms: armas de fuego, arma de fuego, armas semiautomáticas, rifles
assault weapons: armas de asalto, rifles de asalto, fusiles de asalto, arma de asalto
handguns: pistolas, armas cortas, revólveres
ghost guns: armas fantasma, armas impresas en 3D, armas caseras
knives: cuchillos, navajas, machetes, armas blancas
weapons: armas
landmines: minas antipersona, minas terrestres, minas antipersonales
cluster munitions: municiones en racimo, bombas de racimo, munición de racimo
fireworks: fuegos artificiales, pirotecnia, petardos, juegos pirotécnicos, pirotecnia de estruendo, artículos pirotécnicos, productos pirotécnicos, material pirotécnico, fuegos de artificio
pepper spray: gas pimienta, spray de pimienta, aerosol de pimienta
ammunition: municiones, munición, balas
toy guns: pistolas de juguete, armas de juguete, réplicas de armas
laser pointers: punteros láser, puntero láser, punteros láser verdes
nuclear weapons: armas nucleares, arma nuclear, armas atómicas, bomba atómica
chemical weapons: armas químicas
wheat: trigo, exportaciones de trigo, exportación de trigo
onions: cebollas, cebolla
tomatoes: tomates, tomate
potatoes: patatas, papas, patata
beef: carne vacuna, carne de vacuno, carne bovina, carne de res
poultry: carne de pollo, carne aviar, aves de corral, productos avícolas
pork: carne de cerdo, carne porcina
sugar: exportaciones de azúcar
eggs: huevos
maize: maíz
fertilisers: fertilizantes, abonos
sunflower oil: aceite de girasol
# hunting, fishing, harvesting and extraction
hunting: caza, caza deportiva, actividad cinegética, actividades cinegéticas, cacería, cacerías, caza recreativa, caza con galgos, caza con perros
wolf hunting: caza del lobo, caza de lobos, caza de lobo, abatimiento de lobos
bear hunting: caza del oso, caza de osos
duck hunting: caza de patos, caza del pato, caza de aves acuáticas
seal hunting: caza de focas, caza de la foca, productos derivados de la foca, productos de foca
fox hunting: caza del zorro, caza de zorros
fishing: pesca, pesca comercial, pesca industrial, actividades pesqueras, actividad pesquera
eel fishing: pesca de la angula, pesca de angulas, pesca de anguila, pesca de la anguila, angulas, pesca de anguilas
cod fishing: pesca del bacalao, pesca de bacalao
sardine fishing: pesca de sardina, pesca de la sardina, pesca de sardinas, captura de sardina
tuna fishing: pesca de atún, pesca del atún, pesca de atún rojo, pesca del atún rojo
shark fishing: pesca de tiburones, pesca de tiburón, pesca del tiburón, caza de tiburones
sea urchin fishing: pesca de erizos, pesca de erizo, erizos de mar, marisqueo de erizos, extracción de erizos
driftnet fishing: redes de deriva, redes de enmalle a la deriva, pesca con redes de deriva, red de deriva
logging: tala, tala de árboles, tala ilegal, explotación forestal, aprovechamiento forestal, talas, tala de bosques
deforestation: deforestación, desmonte, desmontes, deforestaciones
mining: minería, actividades mineras, actividad minera, explotación minera, proyectos mineros, explotaciones mineras
metal mining: minería metálica, minería de metales, minería metalífera
gold mining: minería de oro, minería aurífera, minas de oro, extracción de oro, mina de oro, explotación aurífera
open-pit mining: minería a cielo abierto, minas a cielo abierto, mina a cielo abierto, explotación a cielo abierto, megaminería
sand mining: extracción de arena, minería de arena, extracción de áridos, dragado de arena
uranium mining: minería de uranio, extracción de uranio, minas de uranio, mina de uranio
oil drilling: perforación petrolera, perforaciones petroleras, exploración petrolera, exploración de hidrocarburos, explotación de hidrocarburos, extracción de petróleo, exploración de petróleo, nuevas licencias de petróleo y gas, exploración de petróleo y gas, prospecciones petrolíferas, explotación petrolera
offshore drilling: perforación en alta mar, perforaciones en alta mar, perforación costa afuera, explotación petrolera en alta mar, exploración petrolera en alta mar, perforaciones offshore
peat: extracción de turba, sustratos de turba, turberas
# food and agriculture
apricot kernels: semillas de albaricoque, huesos de albaricoque, almendras de albaricoque, semillas de chabacano
meat: carne, carnes, productos cárnicos, carne roja, carne procesada, carnes procesadas
meat advertising: publicidad de carne, publicidad de la carne, anuncios de carne
dairy products: productos lácteos, lácteos, leche en polvo
seafood: mariscos, productos del mar, productos pesqueros, productos marinos, pescados y mariscos, productos acuáticos, importaciones de pescado, frutos del mar
honey: miel, mieles, importaciones de miel
cocoa: cacao, granos de cacao, exportaciones de cacao
fruit: frutas, fruta, fruta fresca, frutas frescas, importaciones de fruta
vegetables: verduras, hortalizas, verduras frescas
soybeans: soja, soya, granos de soja, harina de soja, porotos de soja, frijol de soya
horse meat: carne de caballo, carne equina
bushmeat: carne de caza silvestre, carne de monte, carne de animales silvestres, carne de animales salvajes
wildlife trade: comercio de animales salvajes, comercio de fauna silvestre, comercio de animales silvestres, comercio de vida silvestre, comercio de aves silvestres, consumo de animales salvajes, consumo de animales silvestres, mercados de animales salvajes
aspartame: aspartamo, E951
artificial sweeteners: edulcorantes, edulcorantes artificiales, endulzantes artificiales, edulcorante
food additives: aditivos alimentarios, aditivos, aditivo alimentario, aditivos alimenticios
plant-based meat: hamburguesas vegetales, hamburguesa vegetal, hamburguesas veganas, carne vegetal, sustitutos de la carne, sustitutos cárnicos, alternativas a la carne, salchichas veganas, denominaciones cárnicas, denominaciones de carne
plant-based milk: leche vegetal, leches vegetales, bebidas vegetales, bebida vegetal, leche de avena, leche de soja, leche de almendras, bebida de avena
antibiotics: antibióticos, antibiótico
growth hormones: hormonas de crecimiento, carne con hormonas, carne hormonada
chlorinated chicken: pollo clorado, pollos clorados, pollo lavado con cloro, pollo al cloro
fast food: comida rápida, restaurantes de comida rápida, cadenas de comida rápida, fast food
ultra-processed foods: ultraprocesados, alimentos ultraprocesados, productos ultraprocesados, alimentos ultra procesados
junk food: comida chatarra, comida basura, alimentos chatarra, productos chatarra, alimentos no saludables
nitrites: nitritos, nitrito, nitrito de sodio, nitrito sódico
# chemicals, medicines and substances
chlorpyrifos: clorpirifos, clorpirifós
paraquat: paraquat
atrazine: atrazina
chlorothalonil: clorotalonil
lead ammunition: munición de plomo, municiones de plomo, perdigones de plomo, balas de plomo, plomo de caza
mercury: uso de mercurio, uso del mercurio, amalgamas dentales, amalgama dental, termómetros de mercurio, productos con mercurio
bisphenol A: bisfenol A, BPA
bisphenols: bisfenoles
phthalates: ftalatos, ftalato
formaldehyde: formaldehído, formol
hydroquinone: hidroquinona
talc: talco, polvos de talco, talco para bebés
heavy fuel oil: fueloil pesado, fuelóleo pesado, combustóleo pesado
codeine: codeína, medicamentos con codeína
tramadol: tramadol
fentanyl: fentanilo
ephedrine: efedrina, efedra
melatonin: melatonina
ivermectin: ivermectina
hydroxychloroquine: hidroxicloroquina
opioids: opioides, opiáceos, opioide, analgésicos opioides
steroids: esteroides, esteroides anabólicos, anabolizantes, anabólicos
cough syrups: jarabes para la tos, jarabe para la tos, jarabes contra la tos, antitusivos
# transport, places and urban life
cars: coches, automóviles, vehículos privados, tráfico rodado, coches particulares, vehículos particulares
trucks: camiones, vehículos pesados, tráfico pesado, camiones pesados
motorcycles: motocicletas, motocicleta, motos
motorcycle taxis: mototaxis, moto-taxis, mototaxi, motos taxi
tuk-tuks: tuk-tuks, tuk tuks, tuktuks, rickshaws, motocarros
mopeds: ciclomotores, ciclomotor, motonetas
e-bikes: bicicletas eléctricas, bicicleta eléctrica, e-bikes
fat bikes: fat bikes, fatbikes, fat bike
jet skis: motos de agua, moto de agua, motos acuáticas, moto acuática, jet skis, jet ski
horse-drawn carriages: coches de caballos, coches de caballo, carruajes tirados por caballos, carruajes de caballos, calesas, carros tirados por caballos, tracción a sangre
night flights: vuelos nocturnos, vuelo nocturno
# Activities, not the people who sell: "vendedores ambulantes ficam proibidos de vender X" bars them from X.
street vending: venta ambulante, comercio ambulante, top manta, venta callejera
nightclubs: discotecas, discoteca, ocio nocturno, locales nocturnos, clubes nocturnos
camping: acampada libre, acampar, acampada, camping, acampadas
barbecues: barbacoas, barbacoa
campfires: fogatas, fogata, fuego al aire libre, fuegos al aire libre, hacer fuego, encender fuego
bonfires: hogueras, hoguera, hogueras de San Juan
stubble burning: quema de rastrojos, quemas agrícolas, quema agrícola, quema de residuos agrícolas, quema de la caña
open burning: quemas de restos de poda, quema de restos vegetales, quemas al aire libre, quema de residuos al aire libre, quema de basura
street prayers: rezos en la calle, oraciones en la calle, rezos callejeros, rezar en la calle, oraciones en la vía pública
loudspeakers: altavoces, altoparlantes, megáfonos, megáfono, altavoz
public drinking: botellón, botellones, beber en la calle, consumo de alcohol en la vía pública, consumo de alcohol en la calle, consumo de bebidas alcohólicas en la vía pública, beber alcohol en la calle, consumo de alcohol en espacios públicos
pride parades: marchas del orgullo, marcha del orgullo, desfiles del orgullo, desfile del orgullo, orgullo gay
# goods and trade
second-hand clothes: ropa usada, ropa de segunda mano, prendas usadas, pacas de ropa
second-hand underwear: ropa interior usada, ropa interior de segunda mano
used cars: coches usados, vehículos usados, autos usados, coches de segunda mano, carros usados, vehículos de segunda mano
used tyres: neumáticos usados, llantas usadas, cubiertas usadas
e-waste: residuos electrónicos, basura electrónica, chatarra electrónica, desechos electrónicos, residuos de aparatos eléctricos y electrónicos, RAEE
plastic waste: residuos plásticos, residuos de plástico, desechos plásticos, basura plástica, desechos de plástico
scrap metal: chatarra metálica, chatarra de hierro, exportaciones de chatarra, exportación de chatarra, chatarra ferrosa
timber: madera en rollo, exportación de madera, exportaciones de madera, madera ilegal, madera tropical, rollizos
rare earths: tierras raras
gallium: galio
germanium: germanio
antimony: antimonio
graphite: grafito
diamonds: diamantes, diamantes en bruto, diamantes rusos, diamantes de sangre
textiles: textiles, productos textiles, importaciones textiles
luxury goods: artículos de lujo, bienes de lujo, productos de lujo
arms exports: exportaciones de armas, exportación de armas, ventas de armas, envíos de armas, suministro de armas, exportaciones de armamento, transferencias de armas
dual-use goods: bienes de doble uso, productos de doble uso, tecnologías de doble uso, material de doble uso
uranium: uranio, uranio enriquecido, uranio ruso
oil: petróleo, petróleo crudo, importaciones de petróleo, productos petrolíferos, derivados del petróleo
natural gas: gas natural, gas ruso, gas natural licuado, GNL ruso, importaciones de gas
vaccines: vacunas, vacuna
vaccine mandates: vacunación obligatoria, obligatoriedad de la vacuna, obligatoriedad de la vacunación, mandatos de vacunación, vacuna obligatoria
# animals and plants
invasive species: especies invasoras, especies exóticas invasoras, especie invasora, plantas invasoras
pangolins: pangolines, pangolín, escamas de pangolín
dog fighting: peleas de perros, pelea de perros, riñas de perros
cockfighting: peleas de gallos, pelea de gallos, riñas de gallos, riña de gallos
pigeon feeding: alimentar a las palomas, dar de comer a las palomas, alimentación de palomas, alimentar palomas
cherry laurel: laurel cerezo, lauroceraso
greyhound racing: carreras de galgos
dolphinariums: delfinarios, delfinario, espectáculos con delfines, delfines en cautividad, espectáculos de delfines
ritual slaughter: sacrificio ritual, sacrificio sin aturdimiento, sacrificio halal, sacrificio kosher, matanza ritual
# society, media and education
gender-neutral language: lenguaje inclusivo, lenguaje no sexista, lenguaje neutro
flags: banderas, banderas palestinas, banderas extranjeras
communist symbols: símbolos comunistas, símbolos soviéticos, hoz y el martillo, hoz y martillo
burkinis: burkinis, burkini
political advertising: publicidad política, anuncios políticos, publicidad electoral
foreign funding: financiación extranjera, financiamiento extranjero, fondos extranjeros, financiación del extranjero, donaciones extranjeras
NGOs: organizaciones no gubernamentales, organización no gubernamental, ONGs, ONG extranjeras, oenegés
religious groups: sectas, grupos religiosos, organizaciones religiosas, sectas religiosas
homeschooling: educación en casa, homeschooling, educación domiciliaria, escolarización en casa, enseñanza en casa
sex education: educación sexual, educación sexual integral
critical race theory: teoría crítica de la raza, teoría crítica racial
DEI programmes: programas de diversidad, programas DEI, políticas de diversidad, iniciativas de diversidad, políticas DEI
drag shows: espectáculos drag, shows drag, shows de drag, espectáculos de drag
same-sex marriage: matrimonio igualitario, matrimonio homosexual, matrimonio entre personas del mismo sexo, matrimonios homosexuales, matrimonio gay
polygamy: poligamia
cousin marriage: matrimonio entre primos, matrimonios entre primos
# digital and finance
e-commerce platforms: plataformas de comercio electrónico, plataformas de compras en línea, plataformas de e-commerce, mercados en línea
crypto ATMs: cajeros de criptomonedas, cajeros de bitcoin, cajeros automáticos de criptomonedas, cajeros automáticos de bitcoin, cajeros cripto
stablecoins: stablecoins, stablecoin, monedas estables, criptomonedas estables
NFTs: NFTs, tokens no fungibles, los NFT
buy now pay later: compra ahora paga después, compra ahora y paga después, pago aplazado, BNPL
dating apps: aplicaciones de citas, apps de citas, aplicación de citas, sitios de citas, páginas de citas
# health and body
cosmetic surgery: cirugía estética, cirugías estéticas, cirugía plástica, cirugías plásticas, tratamientos estéticos, procedimientos estéticos, bótox, botox, retoques estéticos, medicina estética
tattoos: tatuajes, tatuaje, tintas para tatuajes
piercings: piercings, perforaciones corporales
assisted dying: eutanasia, suicidio asistido, muerte asistida, muerte digna, ayuda para morir, ayuda a morir, suicidio médicamente asistido
# energy and environment
nuclear power: energía nuclear, centrales nucleares, central nuclear, reactores nucleares, plantas nucleares, energía atómica
wind turbines: aerogeneradores, aerogenerador, parques eólicos, parque eólico, energía eólica, turbinas eólicas
solar panels: paneles solares, placas solares, plantas solares, parques solares, huertos solares, placas fotovoltaicas, paneles fotovoltaicos, energía solar, plantas fotovoltaicas, instalaciones fotovoltaicas
gas stoves: cocinas de gas, estufas de gas, cocina de gas
gravel gardens: jardines de grava, jardines de piedra, jardines de piedras
artificial turf: césped artificial, césped sintético, pasto sintético, pasto artificial, grama sintética
glitter: purpurina, purpurinas, brillantina
balloons: globos de helio, suelta de globos, sueltas de globos, lanzamiento de globos, globos de látex
confetti: confeti, confetis, papel picado
lawn watering: riego de jardines, riego de césped, regar jardines, regar el jardín, riego de zonas verdes, regar el césped, riego de parques y jardines
swimming pool filling: llenado de piscinas, llenar piscinas, llenado de albercas, llenar las piscinas, rellenado de piscinas, llenado de piletas
car washing: lavado de coches, lavar coches, lavado de vehículos, lavar el coche, lavado de autos, lavar autos, lavar el carro, lavado de carros
irrigation: riego, regadío, riego agrícola, regadíos
# housing and weapons
evictions: desahucios, desahucio
stun guns: pistolas eléctricas, pistolas táser, táseres, tasers, armas de electrochoque, táser
gambling advertising: publicidad de apuestas, publicidad de juegos de azar, publicidad del juego, publicidad de casas de apuestas, publicidad de las casas de apuestas, publicidad de las apuestas
crypto exchanges: casas de cambio de criptomonedas, exchanges de criptomonedas, plataformas de intercambio de criptomonedas
away fans: aficionados visitantes, hinchas visitantes, afición visitante, público visitante
fossil fuel heating: calefacción fósil, calefacciones fósiles, calefacción con combustibles fósiles, calderas de combustibles fósiles, sistemas de calefacción fósil
open fireplaces: chimeneas de hogar abierto, chimenea de hogar abierto, chimeneas de fuego abierto, hogares abiertos
air conditioning: aire acondicionado, aires acondicionados, equipos de aire acondicionado, aparatos de aire acondicionado, climatización
shop window lighting: escaparates iluminados, iluminación de escaparates, iluminación de los escaparates, vitrinas iluminadas, escaparates encendidos
outdoor lighting: iluminación exterior, alumbrado exterior, iluminación de fachadas, iluminación de monumentos, iluminación ornamental, rótulos luminosos, letreros luminosos, publicidad luminosa
electric cars: coches eléctricos, coche eléctrico, vehículos eléctricos, vehículo eléctrico, autos eléctricos, carros eléctricos
old vehicles: vehículos antiguos, vehículos viejos, coches viejos, coches antiguos, autos viejos, vehículos más antiguos
tour buses: autobuses turísticos, autobús turístico, autocares turísticos, buses turísticos, autocares de turistas
golf carts: carritos de golf, carrito de golf, carros de golf, buggies de golf
quad bikes: quads, cuatrimotos, cuatrimoto, cuatriciclos, cuadriciclos
snowmobiles: motos de nieve, moto de nieve, motonieves
hoverboards: hoverboards, hoverboard, patinetes autoequilibrados
motorboats: lanchas motoras, lancha motora, embarcaciones a motor, embarcaciones de motor, barcos a motor, lanchas rápidas, motores fuera de borda, motores fueraborda
helicopters: helicópteros, helicóptero, vuelos en helicóptero, heliesquí
paragliders: parapentes, parapente, paramotores, paramotor
hot-air balloons: globos aerostáticos, globo aerostático, vuelos en globo, globos de aire caliente
microlight aircraft: ultraligeros, ultraligero, aviones ultraligeros, ultralivianos
kites: papalotes, barriletes, volantines, volar cometas, vuelo de cometas
lawn mowers: cortacéspedes, cortacésped, cortadoras de césped, cortadora de césped, robots cortacésped
swimming: bañarse, nadar, natación, baño en el mar, baños en el mar, baño en playas, baño en ríos
off-road driving: conducción todoterreno, conducción fuera de carretera, circulación campo a través, vehículos todoterreno
data centres: centros de datos, centro de datos, data centers
golf courses: campos de golf, campo de golf
snow cannons: cañones de nieve, cañón de nieve, nieve artificial, innivación artificial
disposable nappies: pañales desechables, pañal desechable, pañales
takeaway containers: envases para llevar, recipientes para llevar, envases de comida para llevar, envases desechables de comida, recipientes desechables para alimentos
plastic sachets: sobres de plástico, sobres plásticos, sachets, bolsitas de agua, agua en bolsita
cigarette filters: filtros de cigarrillos, filtros de cigarrillo, filtro de cigarrillo, colillas, colillas de cigarrillos
polystyrene: poliestireno, productos de poliestireno, embalajes de poliestireno
microplastics: micropartículas de plástico, microplásticos añadidos intencionadamente, micropartículas de polímeros sintéticos
charcoal: carbón vegetal, carbón de leña, producción de carbón vegetal, exportaciones de carbón vegetal
kerosene: queroseno, keroseno, querosén, kerosén, kerosene
diesel generators: generadores diésel, generador diésel, generadores diesel, grupos electrógenos, grupo electrógeno
gas flaring: quema de gas, quema de gas natural, quema rutinaria de gas, quema en antorcha, quema y venteo de gas, venteo y quema de gas
potassium bromate: bromato de potasio, bromato potásico, E924
brominated vegetable oil: aceite vegetal bromado, aceites vegetales bromados
propylparaben: propilparabeno, propilparabenos, E216
oxybenzone: oxibenzona, benzofenona-3
chemical sunscreens: protectores solares químicos, protector solar químico, filtros solares químicos, filtros UV químicos, bloqueadores solares químicos, bloqueador solar químico, cremas solares químicas, bloqueadores solares no biodegradables
water fluoridation: fluoración del agua, fluoración del agua potable, fluoración, agua fluorada, fluoruro en el agua, flúor en el agua, flúor en el agua potable, fluoruro en el agua potable
lead paint: pintura con plomo, pinturas con plomo, pintura a base de plomo, pinturas a base de plomo, plomo en pinturas, plomo en las pinturas, pinturas que contienen plomo
cadmium: cadmio
PVC: PVC, policloruro de vinilo, cloruro de polivinilo, envases de PVC
nitrates: nitratos, nitrato, nitrato de sodio, nitrato de potasio, nitrato sódico
baby walkers: andadores para bebés, andador para bebés, andadores infantiles, andador infantil, andadores de bebé, andador de bebé, tacatá, tacatás
infant formula advertising: publicidad de leche de fórmula, publicidad de la leche de fórmula, publicidad de fórmulas infantiles, publicidad de fórmula infantil, publicidad de leches infantiles, publicidad de sucedáneos de la leche materna, promoción de sucedáneos de la leche materna, comercialización de sucedáneos de la leche materna, marketing de sucedáneos de la leche materna
weight-loss drugs: medicamentos para adelgazar, medicamento para adelgazar, fármacos para adelgazar, medicamentos para bajar de peso, fármacos para bajar de peso, medicamentos contra la obesidad, fármacos contra la obesidad, inyecciones para adelgazar, plumas para adelgazar, Ozempic, Wegovy, semaglutida, tirzepatida, Mounjaro, sibutramina
diet pills: pastillas para adelgazar, pastilla para adelgazar, píldoras para adelgazar, pastillas adelgazantes, cápsulas para adelgazar, productos adelgazantes, productos para adelgazar, inhibidores del apetito, supresores del apetito, quemagrasas, quemadores de grasa
ketamine: ketamina
psychedelics: psicodélicos, drogas psicodélicas, sustancias psicodélicas, alucinógenos, drogas alucinógenas, sustancias alucinógenas, LSD, DMT, ayahuasca, mescalina, peyote, ibogaína
xylazine: xilacina, xilazina
nitazenes: nitacenos, nitaceno, nitazenos, nitazeno, isotonitaceno, isotonitazeno, protonitaceno, protonitazeno, metonitaceno
delta-8 THC: delta-8 THC, delta-8-THC, delta-8, delta-8-tetrahidrocannabinol
betel nut: nuez de betel, nueces de betel, nuez de areca, nueces de areca, betel
contraceptives: anticonceptivos, anticonceptivo, anticoncepción, métodos anticonceptivos, píldoras anticonceptivas, píldora anticonceptiva, pastillas anticonceptivas, píldora del día después, pastilla del día después, anticoncepción de emergencia, condones, preservativos, DIU
cosmetic fillers: rellenos dérmicos, relleno dérmico, rellenos faciales, relleno facial, rellenos de ácido hialurónico, inyecciones de ácido hialurónico, rellenos estéticos, fillers, relleno de labios, aumento de labios
hair relaxers: alisadores de cabello, alisador de cabello, alisadores capilares, alisadores químicos, alisado químico, productos alisadores, productos para alisar el cabello, relajantes capilares, alisado brasileño, alisados de keratina, alisado con formol
edible insects: insectos comestibles, harina de insectos, harinas de insectos, harina de grillo, harina de grillos, proteína de insectos, alimentos a base de insectos, productos a base de insectos, insectos como alimento, consumo de insectos, gusanos de la harina
spirits: bebidas destiladas, destilados, aguardiente, aguardientes, licores fuertes, bebidas de alta graduación, bebidas de alta graduación alcohólica, alcohol de alta graduación, vodka, whisky, tequila
wine: vino, vinos, venta de vino, importaciones de vino
moonshine: alcohol adulterado, bebidas adulteradas, licor adulterado, aguardiente clandestino, alcohol clandestino, licor clandestino, alcohol ilegal, alcohol casero, licor casero, alcohol de contrabando, aguardiente adulterado, bebidas alcohólicas adulteradas
button batteries: pilas de botón, pila de botón, pilas botón, baterías de botón, batería de botón, pilas de moneda, pila de moneda, baterías tipo moneda
magnetic toys: juguetes magnéticos, juguete magnético, juguetes con imanes, bolas magnéticas, bolitas magnéticas, imanes de alta potencia, imanes potentes, imanes de neodimio
water beads: bolitas de hidrogel, bolas de hidrogel, perlas de agua, bolitas de agua, bolas de gel, bolitas de gel, perlas de hidrogel, Orbeez
lithium batteries: baterías de litio, batería de litio, baterías de ion de litio, baterías de iones de litio, batería de ion de litio, baterías de ion-litio, pilas de litio, pila de litio
counterfeit goods: falsificaciones, productos falsificados, mercancías falsificadas, mercancía falsificada, artículos falsificados, productos pirata, productos de imitación, réplicas de marcas
counterfeit medicines: medicamentos falsificados, medicamento falsificado, medicamentos falsos, fármacos falsificados, falsificación de medicamentos, medicamentos adulterados
dietary supplements: suplementos alimenticios, suplemento alimenticio, complementos alimenticios, complemento alimenticio, suplementos dietéticos, suplemento dietético, complementos alimentarios, complemento alimentario, suplementos nutricionales
painkillers: analgésicos, analgésico, medicamentos para el dolor, paracetamol, ibuprofeno, acetaminofén, analgésicos de venta libre
homeopathy: homeopatía, productos homeopáticos, remedios homeopáticos, medicamentos homeopáticos, preparados homeopáticos
cosmetics: cosméticos, productos cosméticos, producto cosmético, productos de belleza
sweets: golosinas, caramelos, chucherías, confites, productos de confitería, piruletas, gominolas
tablets: tabletas electrónicas, tableta electrónica, tabletas digitales, tableta digital, tablets, iPads
smart glasses: gafas inteligentes, lentes inteligentes, anteojos inteligentes, gafas con cámara, gafas de realidad aumentada, gafas con inteligencia artificial, gafas Ray-Ban Meta
AI-generated content: contenido generado por IA, contenidos generados por IA, contenido generado por inteligencia artificial, contenidos generados por inteligencia artificial, imágenes generadas por IA, imágenes generadas con IA, videos generados por IA, vídeos generados por IA, contenido creado con IA
end-to-end encryption: cifrado de extremo a extremo, encriptación de extremo a extremo, cifrado punto a punto, encriptación punto a punto, E2EE
SIM cards: tarjetas SIM, tarjeta SIM, chips de celular, chips telefónicos, SIM prepago, eSIM
satellite internet: internet satelital, internet por satélite, servicios de internet satelital, terminales de Starlink, antenas de Starlink, Starlink
online advertising: publicidad en línea, publicidad online, publicidad digital, anuncios en línea, anuncios online, publicidad en internet
influencer marketing: marketing de influencers, marketing de influencia, marketing con influencers, publicidad de influencers, publicidad a través de influencers, publicidad por influencers, publicaciones patrocinadas
crypto advertising: publicidad de criptomonedas, publicidad de las criptomonedas, publicidad de criptoactivos, anuncios de criptomonedas, publicidad cripto, promoción de criptomonedas
crypto payments: pagos con criptomonedas, pago con criptomonedas, pagos en criptomonedas, pago en criptomonedas, pagos con cripto, pagos en bitcoin, pagos con bitcoin
lotteries: loterías, lotería, billetes de lotería, boletos de lotería, juegos de lotería, rifas
betting shops: locales de apuestas, local de apuestas, salones de apuestas, corredores de apuestas, bookmakers
payday loans: préstamos rápidos, préstamo rápido, créditos rápidos, minicréditos, préstamos de día de pago, préstamos exprés, créditos exprés
foreign currency: divisas, moneda extranjera, monedas extranjeras, divisa extranjera, divisas extranjeras, pagos en moneda extranjera
podcasts: pódcasts, podcasts, pódcast, podcast
foreign journalists: periodistas extranjeros, periodista extranjero, reporteros extranjeros, corresponsales extranjeros, prensa extranjera
comics: cómics, cómic, historietas, historieta, novelas gráficas, tebeos
anime: anime, animes, animación japonesa
foreign films: películas extranjeras, película extranjera, cine extranjero, filmes extranjeros
rap music: rap, música rap, hip hop, hip-hop, canciones de rap
drill music: música drill, rap drill, drill británico, drill UK
raves: raves, rave, fiestas rave
strikes: huelgas, huelga, paros laborales, derecho de huelga
political parties: partidos políticos, partido político
opposition parties: partidos de la oposición, partido de la oposición, partidos opositores, partido opositor
trade unions: sindicatos, sindicato, organizaciones sindicales
missionaries: misioneros, misionero, proselitismo, actividades misioneras
miniskirts: minifaldas, minifalda, faldas cortas
make-up: maquillaje, maquillajes, pintalabios, lápiz labial, esmalte de uñas
robocalls: llamadas automáticas, llamadas automatizadas, llamadas robotizadas, robollamadas, llamadas pregrabadas
telemarketing: telemarketing, televenta, venta telefónica, llamadas comerciales, llamadas comerciales no deseadas, llamadas no solicitadas, llamadas de spam, spam telefónico
junk fees: cargos ocultos, comisiones ocultas, tarifas ocultas, costes ocultos, cobros ocultos, cargos basura, tarifas basura
surge pricing: precios dinámicos, precio dinámico, tarifas dinámicas, tarificación dinámica, fijación dinámica de precios
non-compete clauses: cláusulas de no competencia, cláusula de no competencia, pactos de no competencia, pacto de no competencia, cláusulas de no competir
child labour: trabajo infantil, explotación laboral infantil, mano de obra infantil
unpaid internships: prácticas no remuneradas, pasantías no remuneradas, pasantía no remunerada
dogs: perros, perro, perros de compañía, perros callejeros
cats: gatos, gato, gatos domésticos, gatos callejeros
cattle: ganado vacuno, ganado bovino, vacas, reses, bovinos
glue traps: trampas de pegamento, trampa de pegamento, trampas adhesivas, trampa adhesiva, trampas de cola
snares: lazos de caza, trampas de lazo, cepos de lazo, lazos trampa
leghold traps: trampas de cepo, cepos de caza, trampas de mandíbula, trampas de mandíbulas
fish farming: acuicultura, piscicultura, piscifactorías, piscifactoría, granjas de peces, granjas acuícolas, cría de peces
salmon farming: salmonicultura, cría de salmón, granjas de salmón, salmoneras, centros de cultivo de salmón, salmón de cultivo, cultivo de salmón
octopus farming: granjas de pulpos, granja de pulpos, cría de pulpos, acuicultura de pulpo, cultivo de pulpo, pulpo de granja, pulpos de granja
krill fishing: pesca de kril, pesca de krill, pesquería de krill
lobster fishing: pesca de langosta, pesca de la langosta, pesca de bogavante, pesca del bogavante
shellfish harvesting: marisqueo, marisqueo a pie, recolección de mariscos, extracción de mariscos, recolección de moluscos, extracción de moluscos, captura de moluscos
rodeos: jaripeos, jaripeo, jineteadas, jineteada, espectáculos de rodeo, rodeo chileno, monta de toros
elephant rides: paseos en elefante, paseo en elefante, montar en elefante, paseos a lomos de elefante, montar elefantes
puppy sales: venta de cachorros, compraventa de cachorros, comercio de cachorros, tráfico de cachorros, fábricas de cachorros
pet shops: tiendas de animales, tienda de animales, tiendas de mascotas, tienda de mascotas
crossbows: ballestas, ballesta
swords: espadas, sables, katanas
air guns: armas de aire comprimido, carabinas de aire comprimido, pistolas de aire comprimido, escopetas de aire comprimido, armas de balines
high-capacity magazines: cargadores de alta capacidad, cargadores de gran capacidad, cargador de alta capacidad
explosives: explosivos, sustancias explosivas, materiales explosivos, precursores de explosivos, dinamita
tear gas: gas lacrimógeno, gases lacrimógenos, bombas lacrimógenas, granadas lacrimógenas
rubber bullets: balas de goma, bala de goma, pelotas de goma, proyectiles de goma, balas de caucho
white phosphorus: fósforo blanco, bombas de fósforo blanco
flares: bengalas, bengalas de señalización, antorchas pirotécnicas
steel: acero, aceros, productos siderúrgicos, importaciones de acero, exportaciones de acero, acero ruso
aluminium: aluminio, aluminio ruso
copper: el cobre, del cobre, concentrado de cobre, concentrados de cobre, mineral de cobre, exportaciones de cobre, cátodos de cobre
nickel: níquel, mineral de níquel
bauxite: bauxita
lithium: litio
cobalt: cobalto
tungsten: wolframio, tungsteno
love locks: candados del amor, candados de amor, candado del amor
key boxes: cajetines de llaves, cajetines para llaves, cajas de llaves, cajas para llaves, cajas de seguridad para llaves
wheeled suitcases: maletas con ruedas, maleta con ruedas, maletas de ruedas, maletas con ruedines
street performers: artistas callejeros, artista callejero, músicos callejeros, músico callejero, espectáculos callejeros, artistas de calle, estatuas vivientes
rough sleeping: dormir en la calle, dormir en la vía pública, pernoctar en la vía pública, pernoctar en la calle, pernocta en la vía pública, dormir a la intemperie
homeless encampments: campamentos de personas sin hogar, campamentos de personas sin techo, campamentos de indigentes, campamentos de sin techo, asentamientos de personas sin hogar
tourist groups: grupos de turistas, grupo de turistas, grupos turísticos, grupos organizados de turistas
second homes: segundas residencias, segunda residencia, segundas viviendas
foreign home buyers: compradores extranjeros, compradores no residentes, compra de viviendas por extranjeros, compras de viviendas por extranjeros, compra de vivienda por extranjeros, venta de viviendas a extranjeros, venta de viviendas a no residentes
new hotels: nuevos hoteles, nuevo hotel, construcción de nuevos hoteles, construcción de hoteles, nuevos establecimientos hoteleros, nuevas plazas hoteleras, nuevas licencias hoteleras
# 0.27.0: more categories
game consoles: consolas de videojuegos, consola de videojuegos, consolas de juegos, consola de juegos, videoconsolas, videoconsola
gas-powered garden equipment: herramientas de jardín de gasolina, herramientas de jardinería de gasolina, herramientas de jardín a gasolina, maquinaria de jardinería de gasolina, equipos de jardinería de gasolina, equipos de jardinería a gasolina, desbrozadoras de gasolina, cortasetos de gasolina, motosierras de gasolina, sopladores de gasolina
sex dolls: muñecas sexuales, muñeca sexual, muñecas sexuales con apariencia infantil, muñecas sexuales infantiles, muñecas hinchables, robots sexuales
selfie sticks: palos selfie, palo selfie, palos de selfie, palo de selfie, palos para selfies, palo para selfies, selfie sticks
disposable lighters: mecheros desechables, mechero desechable, encendedores desechables, encendedor desechable, mecheros, encendedores, mecheros de plástico, encendedores de plástico
coal stoves: estufas de carbón, estufa de carbón, calderas de carbón, caldera de carbón, calefacciones de carbón, calefacción de carbón, calefacción con carbón
dashcams: cámaras de salpicadero, cámara de salpicadero, dashcams, dashcam, cámaras para coche, cámaras de tablero
coffee capsules: cápsulas de café, cápsula de café, monodosis de café, cápsulas de café de aluminio, cápsulas de café desechables, cápsulas Nespresso
bottled water: agua embotellada, aguas embotelladas, agua en botella, venta de agua embotellada, botellas de agua de un solo uso
bicycles: bicicletas, bicicleta, bicis, bici, ciclistas, circulación de bicicletas, uso de la bicicleta
camper vans: autocaravanas, autocaravana, furgonetas camper, furgonetas camperizadas, campers, campervans, casas rodantes, casa rodante, motorhomes, pernocta en autocaravanas, pernoctar en autocaravanas, pernoctar en vehículos, dormir en el coche, vivir en vehículos
right-hand-drive vehicles: vehículos con volante a la derecha, coches con volante a la derecha, vehículos de volante a la derecha, autos con volante a la derecha, vehículos con el volante a la derecha
self-driving cars: coches autónomos, coche autónomo, vehículos autónomos, vehículo autónomo, coches sin conductor, coche sin conductor, vehículos sin conductor, autos autónomos, autos sin conductor, robotaxis, robotaxi, taxis autónomos, taxis sin conductor, camiones autónomos
petrol motorbikes: motos de gasolina, motocicletas de gasolina, motos de combustión, motocicletas de combustión, motos a gasolina, motocicletas a gasolina, motos con motor de combustión, scooters de gasolina, motos de dos tiempos
street racing: carreras ilegales, carrera ilegal, carreras callejeras, carreras clandestinas, carrera clandestina, carreras de coches ilegales, piques ilegales, arrancones, quedadas de coches
beer bikes: bicicletas de cerveza, bicicletas cerveceras, bierfiets, beer bikes, bicicletas-bar, bicicletas de fiesta
leaded fuel: gasolina con plomo, gasolinas con plomo, combustible con plomo, combustibles con plomo, nafta con plomo, tetraetilo de plomo, gasolina de aviación con plomo
liquids in hand luggage: líquidos en el equipaje de mano, líquidos en el equipaje de cabina, regla de los 100 ml, norma de los 100 ml, límite de 100 ml, límite de 100 mililitros, restricción de líquidos, restricciones de líquidos, líquidos en cabina
studded tyres: neumáticos de clavos, neumáticos con clavos, neumático de clavos, ruedas de clavos, llantas con clavos, neumáticos claveteados
ractopamine: ractopamina, cerdo con ractopamina, carne con ractopamina
durian: durián, durianes, durian, fruta durián
alcopops: alcopops, alcopop, bebidas premezcladas, combinados listos para beber, bebidas alcohólicas saborizadas, bebidas alcohólicas aromatizadas, hard seltzers, cócteles listos para beber
late-night alcohol sales: venta nocturna de alcohol, venta de alcohol por la noche, venta de alcohol de noche, venta de alcohol a partir de las 22 horas, venta de alcohol después de las 22 horas, venta de bebidas alcohólicas por la noche, venta nocturna de bebidas alcohólicas, dispensación de alcohol por la noche
drinks promotions: happy hours, happy hour, barra libre, barras libres, barra libre de alcohol, ofertas de alcohol, promociones de alcohol, promociones de bebidas alcohólicas, 2x1 en bebidas, dos por uno en bebidas
DDT: DDT, diclorodifeniltricloroetano
fluorinated gases: gases fluorados, gases fluorados de efecto invernadero, HFC, hidrofluorocarbonos, hidrofluorocarburos, CFC, clorofluorocarbonos, clorofluorocarburos, HCFC, SF6, hexafluoruro de azufre, sustancias que agotan la capa de ozono, gases refrigerantes
chlorinated solvents: disolventes clorados, solventes clorados, tricloroetileno, TCE, percloroetileno, tetracloroetileno, diclorometano, cloruro de metileno
cyanide: cianuro, cianuros, cianuro de sodio, lixiviación con cianuro, uso de cianuro, minería con cianuro
acetamiprid: acetamiprid, acetamiprida
rodenticides: rodenticidas, rodenticida, raticidas, raticida, matarratas, veneno para ratas, cebos envenenados, rodenticidas anticoagulantes
road salt: sal de deshielo, sal fundente, sal anticongelante, sal en las carreteras, sal para las carreteras, sal de carretera, esparcimiento de sal
flame retardants: retardantes de llama, retardante de llama, retardadores de llama, pirorretardantes, retardantes de llama bromados, PBDE
engineered stone: piedra artificial, piedras artificiales, piedra sintética, cuarzo compacto, aglomerados de cuarzo, aglomerado de cuarzo, piedra de ingeniería, encimeras de cuarzo, Silestone
cocaine: cocaína, cocaina, cultivos de coca, cultivo de coca, pasta base de cocaína, pasta de coca
methamphetamine: metanfetamina, metanfetaminas, cristal de metanfetamina, crystal meth, shabú, shabu, yaba
MDMA: MDMA, pastillas de éxtasis, comprimidos de éxtasis, terapia asistida con MDMA, terapia con MDMA
opium poppy cultivation: cultivo de amapola, cultivos de amapola, cultivo de adormidera, amapola de opio, amapolas de opio, adormidera, cultivo de opio, producción de opio, opio, campos de amapola
new psychoactive substances: nuevas sustancias psicoactivas, NSP, NPS, drogas de diseño, droga de diseño, drogas emergentes, legal highs, catinonas sintéticas, mefedrona, research chemicals
GHB: GHB, GBL, éxtasis líquido, gamma-hidroxibutirato, gamma-butirolactona
bear bile: bilis de oso, granjas de bilis de oso, extracción de bilis de oso, osos de bilis
donkey skins: pieles de burro, piel de burro, comercio de pieles de burro, pieles de asno, matanza de burros, sacrificio de burros, ejiao, gelatina de piel de burro
tail docking: corte de cola, corte de colas, caudectomía, caudectomías, amputación de la cola, colas cortadas, corte de orejas, otectomía
declawing: desungulación, desungulación de gatos, extirpación de las uñas de los gatos, gatos desungulados, onicectomía
sow stalls: jaulas de gestación, jaula de gestación, jaulas para cerdas, jaulas de parto, jaulas paritorias, cerdas enjauladas
chick culling: sacrificio de pollitos machos, triturado de pollitos, trituración de pollitos, triturado de pollitos machos, trituración de pollitos machos, matanza de pollitos machos, eliminación de pollitos machos
live poultry markets: mercados de aves vivas, mercado de aves vivas, mercados de animales vivos, mercado de animales vivos, mercados húmedos, mercado húmedo, venta de aves vivas, venta de aves de corral vivas
big cats: grandes felinos, gran felino, tigres como mascotas, leones como mascotas, tenencia de grandes felinos, felinos exóticos
badger culling: sacrificio de tejones, matanza de tejones, control de tejones, caza de tejones
bull running: encierros, encierro, bous al carrer, toro embolado, toros embolados, toro de fuego, toros ensogados, festejos taurinos populares, festejos populares con toros, fiestas de toros en la calle
animal sacrifice: sacrificios rituales de animales, sacrificio ritual de animales, sacrificios religiosos de animales, sacrificios de animales en rituales, ofrendas de animales
wildlife feeding: alimentación de animales salvajes, alimentar a animales salvajes, alimentación de la fauna salvaje, alimentar a la fauna, dar de comer a los animales salvajes, dar de comer a los monos, alimentar a los jabalíes, alimentación de jabalíes, alimentar a las gaviotas, dar de comer a los patos
exotic skins: pieles exóticas, piel exótica, cuero exótico, cueros exóticos, piel de cocodrilo, cuero de cocodrilo, piel de pitón, piel de serpiente, pieles de reptil, pieles de reptiles
spitting: escupir en la calle, escupir en la vía pública, escupir en público, escupitajos, escupitajo
littering: arrojar basura, tirar basura a la calle, tirar basura en la vía pública, basura arrojada, vertidos incontrolados, vertidos ilegales de basura, abandono de residuos, tirar colillas al suelo, arrojar colillas, littering
jaywalking: cruzar en rojo, cruzar con el semáforo en rojo, cruzar fuera del paso de peatones, cruzar la calle fuera del paso de peatones, cruces indebidos, cruzar por lugares no habilitados, jaywalking
loitering: merodeo, merodeadores, merodeo en la vía pública, deambular por la calle, loitering
skateboarding: skateboard, skateboards, práctica del skate, tablas de skate, patines, patinaje urbano, patinar en la calle, patines en línea
public nudity: desnudez en público, desnudez pública, nudismo, naturismo, nudistas, naturistas, topless, playas nudistas, baño nudista, senderismo nudista
swimwear in the street: ir en bañador por la calle, bañador por la calle, bañadores en la calle, ir sin camiseta, sin camiseta, torso desnudo, con el torso desnudo, en bikini por la calle, ropa de baño en la calle, traje de baño en la calle, ir en traje de baño
eating in the street: comer en la calle, comer en la vía pública, comer mientras se camina, comer en las escalinatas, comer en los monumentos, picnics en monumentos
graffiti: grafitis, grafiti, graffiti, graffitis, pintadas, botes de spray, pintura en spray, venta de pintura en aerosol, aerosoles de pintura
honking: uso del claxon, claxon, cláxones, claxonazos, bocinazos, tocar el claxon, tocar la bocina, pitar con el claxon
dancing: baile en público, bailar en público, fiestas de baile, bailes mixtos, bailes públicos, bailes en la calle
entering forests: acceso a los montes, acceso a montes, acceso al monte, acceso a los bosques, acceso a zonas forestales, acceso a espacios forestales, acceso a las áreas forestales, entrada a los montes, tránsito por los montes
Halloween: Halloween, fiestas de Halloween, fiesta de Halloween, celebraciones de Halloween, celebración de Halloween, disfraces de Halloween, truco o trato
Valentine's Day: San Valentín, Día de San Valentín, Día de los Enamorados, celebraciones de San Valentín, regalos de San Valentín
beauty pageants: concursos de belleza, concurso de belleza, certámenes de belleza, certamen de belleza, concursos de misses, concursos de belleza infantiles, concursos de miss, reinados de belleza
pub crawls: pub crawls, pub crawl, rutas etílicas, ruta etílica, rutas de bares organizadas, rutas de borrachera, tours de bares
Quran burning: quema del Corán, quemas del Corán, quema de coranes, quema de ejemplares del Corán, quemar el Corán, profanación del Corán, profanaciones del Corán, profanación de libros sagrados, quema de libros sagrados
flag burning: quema de banderas, quema de la bandera, quemas de banderas, quemar la bandera, ultraje a la bandera, ultrajes a la bandera, profanación de la bandera
Holocaust denial: negacionismo del Holocausto, negación del Holocausto, negacionistas del Holocausto, negación del genocidio, negacionismo del genocidio, negación de la Shoá
Z symbol: símbolo Z, símbolos Z, letra Z, signo Z
sex shops: sex shops, sex shop, sex-shops, tiendas eróticas, tienda erótica, tiendas para adultos, jugueterías eróticas
strip clubs: clubes de striptease, club de striptease, clubs de striptease, locales de striptease, clubes de estriptis, clubs de estriptis, strip clubs, table dance
massage parlours: salones de masaje, salón de masaje, centros de masajes, centro de masajes, locales de masajes, casas de masajes, salones de masajes eróticos
beauty salons: salones de belleza, salón de belleza, centros de estética, centro de estética, centros de belleza, institutos de belleza
minimarkets: minimercados, minimercado, minimarkets, minimarket, supermercados 24 horas, tiendas 24 horas, tiendas de conveniencia, badulaques, colmados
vape shops: tiendas de vapeo, tienda de vapeo, tiendas de cigarrillos electrónicos, tienda de cigarrillos electrónicos, vapeshops, vape shops, tiendas de vapers
cannabis shops: clubes cannábicos, club cannábico, asociaciones cannábicas, asociación cannábica, clubes de cannabis, dispensarios de cannabis, dispensario de cannabis, dispensarios de marihuana, coffeeshops, coffee shops, tiendas de cannabis, tiendas de marihuana
drive-throughs: drive-thru, drive-thrus, drive-through, McAuto, McAutos, restaurantes con drive-thru, ventanillas de autoservicio
dark stores: dark stores, dark store, supermercados fantasma, tiendas fantasma, cocinas fantasma, cocina fantasma, dark kitchens, cocinas ciegas, almacenes de reparto rápido
prescription drug advertising: publicidad de medicamentos, publicidad de fármacos, publicidad farmacéutica, anuncios de medicamentos, publicidad de medicamentos con receta, publicidad directa al consumidor, publicidad de productos farmacéuticos
advertising to children: publicidad dirigida a niños, publicidad dirigida a los niños, publicidad infantil, publicidad dirigida a menores, publicidad para niños, anuncios dirigidos a niños, marketing dirigido a niños, publicidad en programas infantiles, publicidad orientada a menores
junk mail: publicidad en buzones, buzoneo, propaganda en buzones, folletos publicitarios, folleto publicitario, publicidad no dirigida, publicidad impresa, octavillas publicitarias, catálogos publicitarios, propaganda comercial en papel
digital billboards: pantallas publicitarias, pantalla publicitaria, vallas publicitarias digitales, valla publicitaria digital, pantallas digitales publicitarias, pantallas LED publicitarias, publicidad digital exterior, mupis digitales, cartelería digital
carbon-neutral claims: lavado verde, lavado de imagen verde, ecoblanqueo, greenwashing, declaraciones ambientales, alegaciones ambientales, afirmaciones ambientales, reclamos ambientales, declaraciones de neutralidad climática, afirmaciones de neutralidad de carbono, alegaciones ecológicas, reclamos ecológicos
CFDs: CFD, CFDs, productos CFD, negociación de CFD, operativa con CFD, productos apalancados
prediction markets: mercados de predicción, mercado de predicción, mercados predictivos, apuestas electorales, apuestas sobre elecciones, contratos de eventos
fantasy sports: deportes de fantasía, fantasy deportivo, fantasy sports, juegos con dinero real, juegos de dinero real, juegos en línea con dinero real, ligas fantasy
share buybacks: recompras de acciones, recompra de acciones, programas de recompra de acciones, recompra de acciones propias, recompras de títulos, buybacks
golden passports: pasaportes dorados, pasaporte dorado, ciudadanía por inversión, venta de pasaportes, venta de la ciudadanía, pasaportes de oro, nacionalidad por inversión
golden visas: visados de oro, visado de oro, visados dorados, visado dorado, visas doradas, visa dorada, visas de oro, golden visa, golden visas, residencia por inversión, visados para inversores
ransom payments: pagos de rescates, pago de rescates, pago de rescate, pagos de rescate, pago del rescate, pagos por ransomware, pago de rescates a ciberdelincuentes
stock trading by lawmakers: compraventa de acciones por legisladores, compraventa de acciones por congresistas, negociación de acciones por parte de los congresistas, operaciones bursátiles de congresistas, operaciones bursátiles de los legisladores, compraventa de acciones de los miembros del Congreso, inversión en acciones de los congresistas
CBDCs: monedas digitales de bancos centrales, moneda digital de banco central, monedas digitales de banco central, CBDC, euro digital, dólar digital, yuan digital, e-yuan, rublo digital
pirate sites: webs piratas, sitios piratas, páginas piratas, páginas web piratas, sitios web piratas, streaming ilegal, IPTV ilegal, IPTV pirata, piratería en línea, piratería digital, descargas ilegales, webs de descargas, sitios de torrents, retransmisiones piratas
loan apps: apps de préstamos, aplicaciones de préstamos, aplicaciones de préstamo, apps de préstamo, aplicaciones de créditos rápidos, apps de créditos, plataformas de préstamos en línea, préstamos por aplicaciones
AI companions: compañeros de IA, compañeros virtuales, compañero virtual, acompañantes de IA, acompañantes virtuales, novias virtuales, novia virtual, novias de IA, chatbots de compañía, aplicaciones de compañía con IA
addictive feeds: feeds adictivos, feeds algorítmicos, feed algorítmico, algoritmos de recomendación, algoritmo de recomendación, desplazamiento infinito, scroll infinito, reproducción automática, diseño adictivo, funciones adictivas, funcionalidades adictivas
suppressors: silenciadores de armas, silenciadores para armas de fuego, silenciador de armas, supresores de sonido, moderadores de sonido
knuckle-dusters: puños americanos, puño americano, nudilleras de metal, puños de acero, llaves de pugilato
flick knives: navajas automáticas, navaja automática, navajas de resorte, navaja de resorte, navajas mariposa, navaja mariposa, cuchillos de resorte, navajas de muelle, navajas balisong
machine guns: ametralladoras, ametralladora, armas automáticas, arma automática, fusiles automáticos, subfusiles, armas totalmente automáticas
blank guns: pistolas de fogueo, pistola de fogueo, armas de fogueo, arma de fogueo, pistolas detonadoras, pistolas de salida, armas de alarma, pistolas de alarma, pistolas de gas
autonomous weapons: armas autónomas, arma autónoma, sistemas de armas autónomas letales, sistemas de armas letales autónomas, armas autónomas letales, armas letales autónomas, robots asesinos, robot asesino
chokeholds: llaves de estrangulamiento, llave de estrangulamiento, maniobras de estrangulamiento, técnica de estrangulamiento, técnicas de estrangulamiento, llave al cuello, llaves al cuello, maniobras de asfixia
death penalty: pena de muerte, pena capital, condenas a muerte, condena a muerte, penas de muerte
virginity tests: pruebas de virginidad, prueba de virginidad, test de virginidad, tests de virginidad, exámenes de virginidad, certificados de virginidad, himenoplastia, himenoplastias, reconstrucción del himen
IVF: FIV, fecundación in vitro, fertilización in vitro, reproducción asistida, tratamientos de fertilidad, tratamiento de fertilidad, técnicas de reproducción asistida
circumcision: circuncisión, circuncisiones, circuncisión masculina, circuncisión ritual, circuncisión religiosa, circuncisión de niños, circuncisión infantil, brit milá
girls' education: educación de las niñas, educación de niñas, escolarización de las niñas, educación secundaria para niñas, escuelas secundarias para niñas, educación femenina, educación de las mujeres, acceso de las niñas a la educación, acceso de las mujeres a la universidad, estudios universitarios para mujeres, escuelas para niñas
transgender athletes: atletas transgénero, atleta transgénero, deportistas transgénero, deportista transgénero, atletas trans, deportistas trans, mujeres trans en el deporte femenino, mujeres transgénero en el deporte, personas trans en el deporte, mujeres trans en competiciones femeninas
mask mandates: mascarilla obligatoria, mascarillas obligatorias, uso obligatorio de mascarilla, uso obligatorio de la mascarilla, obligatoriedad de la mascarilla, obligación de llevar mascarilla, uso obligatorio del cubrebocas, cubrebocas obligatorio, tapabocas obligatorio, obligatoriedad del tapabocas, mandatos de mascarilla
geoengineering: geoingeniería, geoingeniería solar, siembra de nubes, bombardeo de nubes, modificación meteorológica, modificación del tiempo atmosférico, manipulación meteorológica, gestión de la radiación solar, inyección de aerosoles estratosféricos, chemtrails, estelas químicas
butterfly bushes: arbustos de las mariposas, arbusto de las mariposas, budleja, budleia, buddleja, buddleia, lila de verano
knotweed: hierba nudosa japonesa, nudosa japonesa, polígono japonés, Fallopia japonica, Reynoutria japonica
eucalyptus plantations: plantaciones de eucalipto, plantación de eucalipto, eucaliptos, eucalipto, nuevas plantaciones de eucalipto, monocultivo de eucalipto, monocultivos de eucalipto, eucaliptales, eucaliptal
gold: exportaciones de oro, exportación de oro, importaciones de oro, oro ruso, lingotes de oro, oro en bruto, oro sin refinar, oro sin procesar
iron ore: mineral de hierro, minerales de hierro, exportaciones de mineral de hierro, pellets de mineral de hierro
raw cashew nuts: anacardos, anacardo, nueces de marañón, nuez de marañón, castañas de cajú, anacardos crudos, anacardos sin procesar, exportaciones de anacardos, cajú
shea nuts: nueces de karité, nuez de karité, karité, almendras de karité, exportaciones de karité
cotton: algodón, algodón en bruto, exportaciones de algodón, importaciones de algodón, algodón de Xinjiang, fibra de algodón, productos de algodón, hilo de algodón
avocados: aguacates, aguacate, paltas, palta, importaciones de aguacate, exportaciones de aguacate, aguacates mexicanos, aguacates de Michoacán
motor fuel: exportaciones de combustibles, exportaciones de combustible, exportaciones de gasolina, exportaciones de diésel, exportaciones de gasóleo, importaciones de combustibles, importaciones de gasolina, importaciones de diésel, diésel ruso, gasolina rusa, combustibles refinados
hazardous waste: residuos peligrosos, residuos tóxicos, desechos tóxicos, desechos peligrosos, exportaciones de residuos, exportación de residuos, importaciones de residuos, importación de residuos, traslados de residuos, residuos importados, basura importada, importación de basura
# 0.28.0: more categories
bidis: bidi, bidis, beedis
kreteks: kretek, cigarrillos de clavo, cigarrillos kretek
single cigarettes: cigarrillos sueltos, cigarrillo suelto, venta de cigarrillos sueltos
synthetic nicotine: nicotina sintética
absinthe: absenta, absinto
kava: kava
powdered alcohol: alcohol en polvo
alcohol deliveries: reparto de alcohol, entrega de alcohol a domicilio, venta de alcohol a domicilio
heroin: heroína
amphetamines: anfetamina, anfetaminas
pregabalin: pregabalina, gabapentina
benzodiazepines: benzodiazepinas, benzodiazepina, alprazolam, diazepam
pseudoephedrine: pseudoefedrina
ethylene oxide: óxido de etileno
dicamba: dicamba
ammonium nitrate: nitrato de amonio, nitrato amónico
PCBs: PCB, policlorobifenilos, bifenilos policlorados
parabens: parabenos
triclosan: triclosán
methyl bromide: bromuro de metilo
caviar: caviar
whale meat: carne de ballena
peanuts: cacahuetes, maní, cacahuates
factory farming: ganadería intensiva, macrogranjas, macrogranja, granjas industriales
sewage sludge: lodos de depuradora, lodos de depuración, biosólidos
manure spreading: purines, estiércol, esparcimiento de purines
piglet castration: castración de lechones, castración de cerdos
mulesing: mulesing
hare coursing: caza de liebres con galgos, caza de liebre con galgos
bird hunting: caza de aves, caza de pájaros, trampeo de aves, silvestrismo
blast fishing: pesca con dinamita, pesca con explosivos
pulse fishing: pesca eléctrica, pesca por impulsos eléctricos, pesca con pulsos eléctricos
gillnets: redes de enmalle, redes agalleras, trasmallos
coral harvesting: extracción de coral, extracción de corales, coral rojo, recolección de coral
foraging: recolección de setas, recogida de setas, recolección de hongos
stray dog culling: sacrificio de perros callejeros, matanza de perros callejeros
spearfishing: pesca submarina, pesca con arpón
flammable cladding: revestimientos inflamables, fachadas inflamables, paneles de aluminio compuesto
skyscrapers: rascacielos, edificios de gran altura, torres de gran altura
dams: represas, presas hidroeléctricas, construcción de presas, embalses
biofuels: biocombustibles, agrocombustibles, biodiésel
landfilling: vertederos, vertedero, depósito en vertedero
waste incineration: incineración de residuos, incineradoras, incineradores
destruction of unsold goods: destrucción de productos no vendidos, destrucción de excedentes no vendidos, destrucción de ropa no vendida
radar detectors: detectores de radar, inhibidores de radar
pavement parking: aparcar en la acera, estacionamiento en aceras, aparcamiento en aceras
tinted windows: lunas tintadas, vidrios polarizados, cristales tintados, láminas tintadas
shared bikes: bicicletas compartidas, bicicletas de alquiler
hotel toiletries: amenities de un solo uso, botellitas de champú, productos de aseo de un solo uso
signal jammers: inhibidores de frecuencia, inhibidores de señal, inhibidores de GPS
satellite phones: teléfonos satelitales, teléfonos por satélite, teléfono satelital
hidden cameras: cámaras ocultas, cámaras espía
pagers: buscapersonas, bíperes, pagers
walkie-talkies: walkie-talkies, radiotransmisores portátiles, walkies
headphones: auriculares, audífonos
short-video apps: aplicaciones de vídeos cortos, plataformas de vídeos cortos, apps de videos cortos
online pharmacies: farmacias online, farmacias en línea, venta de medicamentos por internet, venta online de medicamentos
emotion recognition: reconocimiento de emociones, sistemas de reconocimiento de emociones
tracking cookies: cookies de seguimiento, cookies de terceros, muros de cookies
cross-border data transfers: transferencias internacionales de datos, transferencias de datos
internet cafés: cibercafés, cibercafé, locutorios
ICOs: ofertas iniciales de monedas, ofertas iniciales de criptomonedas
peer-to-peer lending: préstamos P2P, préstamos entre particulares
social scoring: puntuación social, crédito social, sistemas de crédito social
narcocorridos: narcocorrido, corridos tumbados, corridos bélicos
twerking: twerking, perreo
belly dancing: danza del vientre, danza oriental
reality shows: reality shows, telerrealidad, realities
horror films: películas de terror, películas de miedo, cine de terror
caricatures: caricaturas, viñetas satíricas
foreign words: anglicismos, extranjerismos, palabras extranjeras
minarets: minaretes, alminares
opinion polls: encuestas electorales, sondeos, encuestas de opinión, sondeos a pie de urna
child influencers: niños influencers, influencers infantiles, menores influencers
hoodies: sudaderas con capucha, sudadera con capucha
jeans: pantalones vaqueros, jeans, tejanos
camouflage clothing: ropa de camuflaje, prendas de camuflaje, uniformes de camuflaje
beards: barbas, barba
high heels: tacones altos, zapatos de tacón
public urination: orinar en la calle, orinar en la vía pública, micciones en la vía pública
fortune telling: adivinación, tarot, videncia, lectura de cartas
witchcraft: brujería, hechicería, magia negra
hitchhiking: autostop, hacer autostop, autoestop
door-to-door sales: venta a domicilio, venta puerta a puerta
public displays of affection: besos en público, demostraciones públicas de afecto, muestras de afecto en público
cross-dressing: travestismo, vestir con ropa del sexo opuesto
homework: deberes escolares, tareas escolares, tareas para casa
dowry: dote, pago de la dote
organ sales: tráfico de órganos, venta de órganos, comercio de órganos
human cloning: clonación humana, clonación reproductiva, clonación
gene editing: edición genética, edición del genoma, CRISPR
blasphemy: blasfemia, ofensas religiosas, escarnio religioso
hate speech: discurso de odio, discursos de odio, incitación al odio
disinformation: desinformación, noticias falsas, bulos, fake news
prenatal sex determination: determinación del sexo del feto, aborto selectivo por sexo, selección de sexo
international adoption: adopción internacional, adopciones internacionales
pyramid schemes: esquemas piramidales, estafas piramidales, esquemas Ponzi
multi-level marketing: marketing multinivel, venta multinivel, mercadeo en red
layoffs: despidos, despido
rent increases: subidas del alquiler, subidas de alquiler, aumentos del alquiler
zero-hours contracts: contratos de cero horas
body armour: chalecos antibalas, chaleco antibalas
grenades: granadas, granadas de mano
martial arts weapons: nunchakus, estrellas ninja, shurikens
slingshots: tirachinas, resorteras
depleted uranium munitions: uranio empobrecido, munición de uranio empobrecido
biological weapons: armas biológicas
hollow-point bullets: balas expansivas, balas de punta hueca, balas dum-dum
mercenaries: mercenarios, empresas militares privadas
nuclear tests: pruebas nucleares, ensayos nucleares
cooking oil: aceite de cocina, aceites comestibles, aceite vegetal
flour: harina, harina de trigo
potash: potasa, fertilizantes potásicos
urea: urea
rosewood: palo de rosa, palisandro, madera de palisandro
fodder: forraje, piensos, heno
electricity exports: exportaciones de electricidad, exportación de electricidad
medical masks: mascarillas quirúrgicas, mascarillas sanitarias, mascarillas
forced labour goods: productos fabricados con trabajo forzoso, productos del trabajo forzoso
foreign investment: inversión extranjera, inversiones extranjeras
foreign land ownership: venta de tierras a extranjeros, compra de tierras por extranjeros
high-denomination banknotes: billetes de alta denominación, billetes de 500 euros, billetes grandes
bankers' bonuses: bonus de los banqueros, bonificaciones de directivos, bonus bancarios
chess: ajedrez
boxing: boxeo
martial arts: artes marciales, deportes de combate, kickboxing
mixed martial arts: artes marciales mixtas, MMA, peleas en jaula
wrestling: lucha libre, lucha grecorromana
yoga: yoga
ball games: juegos de pelota, jugar a la pelota
horse racing: carreras de caballos, hípica
motorsport: deportes de motor, carreras de coches, automovilismo, motociclismo
bungee jumping: puenting, puénting, bungee jumping
rock climbing: escalada deportiva, escalada en roca, alpinismo, montañismo
karaoke: karaoke
poker: póquer, póker
mahjong: mahjong
playing cards: naipes, juegos de cartas, cartas de juego
water pistols: pistolas de agua
gyms: gimnasios, gimnasio
fidget spinners: fidget spinners, spinners
sledding: deslizarse en trineo, trineos
paintball: paintball, gotcha, airsoft
`);
